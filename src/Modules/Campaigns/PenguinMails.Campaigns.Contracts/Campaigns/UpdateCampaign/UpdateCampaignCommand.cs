using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Contracts.Campaigns.UpdateCampaign;

/// <summary>
/// Changes name or description (any time), company (while draft), or how it sends (while draft or paused: schedule,
/// dailyLimit, dailyNewLeads, emailAccountIds, stopOnReply, stopOnAutoReply, stopForCompany); null clears the
/// description or a cap.
/// </summary>
public sealed record UpdateCampaignCommand : ICommand<CampaignDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string> Name { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<Guid> CompanyId { get; init; }

    public Optional<CampaignScheduleDto> Schedule { get; init; }

    public Optional<int?> DailyLimit { get; init; }

    public Optional<int?> DailyNewLeads { get; init; }

    public Optional<IReadOnlyList<Guid>> EmailAccountIds { get; init; }

    public Optional<bool> StopOnReply { get; init; }

    public Optional<bool> StopOnAutoReply { get; init; }

    public Optional<bool> StopForCompany { get; init; }
}
