using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetEmailAccount;

namespace PenguinMails.Campaigns.Application.Campaigns;

internal static class SendingAccounts
{
    /// <summary>The accounts the email steps and the campaign's rotation use that can send now (active, of this tenant).</summary>
    public static async Task<IReadOnlySet<Guid>> SendingAccountsAsync(this IMediator mediator, Campaign campaign, CancellationToken cancellationToken)
    {
        var sending = new HashSet<Guid>();
        foreach (var accountId in campaign.SendingAccountIds)
        {
            try
            {
                if ((await mediator.Send(new GetEmailAccountQuery(accountId), cancellationToken)).Status == EmailAccountStatuses.Active)
                {
                    sending.Add(accountId);
                }
            }
            catch (NotFoundException)
            {
                // Not this tenant's (or gone): the step cannot send.
            }
        }

        return sending;
    }
}
