using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Enrollments;

internal static class EnrollmentLookups
{
    /// <summary>The lead's enrollment, locked for this transaction, or the 404.</summary>
    public static async Task<Enrollment> RequireForUpdateAsync(this IEnrollmentRepository enrollments, Guid campaignId, Guid leadId, CancellationToken cancellationToken) =>
        await enrollments.GetForUpdateAsync(campaignId, leadId, cancellationToken)
            ?? throw new NotFoundException($"lead '{leadId}' is not in campaign '{campaignId}'.");
}
