using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Enrollments;

internal interface IEnrollmentRepository : IRepository<Enrollment>
{
    /// <summary>The lead's enrollment in the campaign with the lead, locked until the transaction ends.</summary>
    Task<Enrollment?> GetForUpdateAsync(Guid campaignId, Guid leadId, CancellationToken cancellationToken);

    /// <summary>The campaign's active and paused leads, and how many of them have no custom field of each name.</summary>
    /// <summary>The campaign's active leads due at <paramref name="now"/>, and when the earliest active lead is due.</summary>
    Task<(int Due, DateTimeOffset? NextDue)> DueAsync(Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<LeadsLacking> CountLeadsLackingAsync(Guid campaignId, IReadOnlyList<string> customFields, CancellationToken cancellationToken);
}

internal sealed record LeadsLacking(int Enrolled, IReadOnlyDictionary<string, int> ByVariable);

/// <summary>Set-based writes over enrollments: a call adds or stops any number of leads in a few statements.</summary>
internal interface IEnrollmentWriter
{
    Task<EnrollmentCounts> EnrollAsync(Guid campaignId, LeadSelection selection, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends the active and paused enrollments of the leads a suppression covers, in <paramref name="status"/> for <paramref name="reason"/>; how many.</summary>
    Task<int> StopCoveredAsync(Suppression suppression, EnrollmentStatus status, string reason, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>The leads to enroll: these ids, or the leads of a status whose address, name or company matches a LIKE pattern.</summary>
internal sealed record LeadSelection(IReadOnlyList<Guid>? Ids, LeadStatus? Status, string? Pattern);

internal sealed record EnrollmentCounts(int Added, int AlreadyInCampaign, int Unsubscribed, int Bounced, int Suppressed, int NotFound);
