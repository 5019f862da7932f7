using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads;

internal interface ILeadRepository : IRepository<Lead>
{
    Task<Lead?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<Lead?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string email, CancellationToken cancellationToken);

    Task<int> CountAllAsync(CancellationToken cancellationToken);

    /// <summary>The custom field names the leads (of <paramref name="status"/>, when given) have, in order.</summary>
    Task<IReadOnlyList<string>> CustomFieldNamesAsync(LeadStatus? status, CancellationToken cancellationToken);
}
