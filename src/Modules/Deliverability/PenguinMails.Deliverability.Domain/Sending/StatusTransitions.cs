using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Domain.Sending;

/// <summary>A status set and the moves allowed between its states; anything else is refused by name.</summary>
internal sealed class StatusTransitions(string subject, IReadOnlyDictionary<string, string[]> allowed)
{
    public IReadOnlyList<string> States => allowed.Keys.ToList();

    public IReadOnlyList<string> From(string state) => allowed.TryGetValue(state, out var next) ? next : [];

    public bool IsAllowed(string from, string to) => From(from).Contains(to);

    /// <summary>Refuses a move the table does not allow (409 invalid-status-transition).</summary>
    public IBusinessRule Rule(string from, string to) => new TransitionAllowedRule(this, subject, from, to);

    private sealed class TransitionAllowedRule(StatusTransitions transitions, string subject, string from, string to) : IBusinessRule
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
