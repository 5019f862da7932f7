using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Enrollments.EnrollLeads;

/// <summary>Adds leads to a campaign, by id (<c>leadIds</c>) or by <c>filter</c>: one of the two.</summary>
public sealed record EnrollLeadsCommand(IReadOnlyList<Guid>? LeadIds = null, EnrollmentFilter? Filter = null) : ICommand<EnrollmentResultDto>
{
    public const int MaxLeadIds = 100_000;

    public Guid CampaignId { get; init; }
}
