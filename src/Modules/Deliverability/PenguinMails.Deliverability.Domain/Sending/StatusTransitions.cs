using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Domain.Sending;

/// <summary>A status set and the moves allowed between its states; anything else is refused by name.</summary>
internal sealed class StatusTransitions<TStatus>(string subject, IReadOnlyDictionary<TStatus, TStatus[]> allowed)
    where TStatus : NamedValue<TStatus>
{
    public IReadOnlyList<TStatus> From(TStatus state) => allowed.TryGetValue(state, out var next) ? next : [];

    public bool IsAllowed(TStatus from, TStatus to) => From(from).Contains(to);

    /// <summary>Refuses a move the table does not allow (409 invalid-status-transition).</summary>
    public IBusinessRule Rule(TStatus from, TStatus to) => new TransitionAllowedRule(this, subject, from, to);

    private sealed class TransitionAllowedRule(StatusTransitions<TStatus> transitions, string subject, TStatus from, TStatus to) : IBusinessRule
    {
        public string Code => "invalid-status-transition";

        public string Message
        {
            get
            {
                var next = transitions.From(from);
                return next.Count == 0
                    ? $"{subject} that is {from} cannot change status: {from} is final."
                    : $"{subject} that is {from} cannot become {to}; it can become {string.Join(", ", next)}.";
            }
        }

        public bool IsBroken() => !transitions.IsAllowed(from, to);
    }
}
