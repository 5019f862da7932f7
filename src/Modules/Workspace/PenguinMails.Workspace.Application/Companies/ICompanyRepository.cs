using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Companies;

internal interface ICompanyRepository : IRepository<Company>
{
    Task<Company?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A keyset page of the current tenant's companies in (created, id) order, filtered by status and by a text in name or handle.</summary>
    Task<List<Company>> ListAsync(string? status, string? text, DateTimeOffset? afterCreated, Guid? afterId, int take, CancellationToken cancellationToken);
}
