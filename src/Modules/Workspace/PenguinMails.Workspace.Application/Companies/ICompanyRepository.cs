using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Companies;

internal interface ICompanyRepository : IRepository<Company>
{
    Task<Company?> GetAsync(Guid id, CancellationToken cancellationToken);
}
