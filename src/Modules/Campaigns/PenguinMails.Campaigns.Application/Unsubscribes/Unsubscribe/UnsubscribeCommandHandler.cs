using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Application.Enrollments;
using PenguinMails.Campaigns.Application.Leads;
using PenguinMails.Campaigns.Application.Suppressions;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Unsubscribes.Unsubscribe;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Unsubscribes.Unsubscribe;

/// <summary>
/// Runs in the token's tenant (the request has no caller): the lead, its enrollments and the suppression change in one
/// transaction. A token for a lead since deleted still suppresses nothing and answers not found.
/// </summary>
internal sealed class UnsubscribeCommandHandler(
    IUnsubscribeTokens tokens, ICallerContext caller, ILeadRepository leads, ISuppressionRepository suppressions, IEnrollmentWriter enrollments, TimeProvider clock)
    : IRequestHandler<UnsubscribeCommand, UnsubscribedDto>
{
    public async Task<UnsubscribedDto> Handle(UnsubscribeCommand request, CancellationToken cancellationToken)
    {
        var target = tokens.Read(request.Token) ?? throw new NotFoundException("This unsubscribe link is not one PenguinMails issued.");
        await caller.ActAsAsync(null, target.TenantId, [], cancellationToken);
        var lead = await leads.GetForUpdateAsync(target.LeadId, cancellationToken) ?? throw new NotFoundException("The address of this unsubscribe link is no longer on file.");
        var now = clock.GetUtcNow();
        lead.Unsubscribe(now);
        var suppression = Suppression.Create(target.TenantId, lead.Email, SuppressionReason.Unsubscribed, now);
        if (!await suppressions.ExistsAsync(suppression.Value, cancellationToken))
        {
            suppressions.Add(suppression);
        }

        var stopped = await enrollments.StopCoveredAsync(suppression, EnrollmentStatus.Unsubscribed, StopReasons.Unsubscribed, now, cancellationToken);
        return new UnsubscribedDto(lead.Email, stopped);
    }
}
