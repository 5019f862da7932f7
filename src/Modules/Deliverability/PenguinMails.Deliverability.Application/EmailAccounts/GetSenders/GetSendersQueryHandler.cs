using MediatR;
using Microsoft.Extensions.Options;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetSenders;

namespace PenguinMails.Deliverability.Application.EmailAccounts.GetSenders;

internal sealed class GetSendersQueryHandler(IEmailAccountRepository accounts, IOptions<DeliverabilityOptions> options, TimeProvider clock)
    : IRequestHandler<GetSendersQuery, IReadOnlyList<SenderDto>>
{
    public async Task<IReadOnlyList<SenderDto>> Handle(GetSendersQuery request, CancellationToken cancellationToken)
    {
        if (request.Ids.Count == 0)
        {
            return [];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var found = (await accounts.ListWithDomainsAsync([.. request.Ids.Distinct()], cancellationToken)).ToDictionary(s => s.Account.Id);
        return [.. request.Ids.Distinct().Where(found.ContainsKey).Select(id => found[id]).Select(s => new SenderDto(
            s.Account.Id, s.Account.Email, s.Account.Status.Name, s.Account.SentOn(today), s.Account.DailyCap(options.Value.DailySendCap),
            s.Domain?.IsVerified ?? false, s.Account.SendingPausedUntil, s.Account.SendingError))];
    }
}
