using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns;

internal interface ICampaignRepository : IRepository<Campaign>
{
    Task<Campaign?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The campaign, locked until the transaction ends: its status and its steps change one request at a time.</summary>
    Task<Campaign?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The campaign with its steps, locked until the transaction ends.</summary>
    Task<Campaign?> GetWithStepsForUpdateAsync(Guid id, CancellationToken cancellationToken);

    Task<int> CountCreatedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>A scheduled campaign of any tenant whose time has come, locked (rows other instances hold are skipped); platform role only.</summary>
    Task<Campaign?> ClaimDueScheduledAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Counts one execution of the step (one statement); false when there is no such step.</summary>
    Task<bool> RecordExecutionAsync(Guid stepId, DateTimeOffset now, CancellationToken cancellationToken);
}
