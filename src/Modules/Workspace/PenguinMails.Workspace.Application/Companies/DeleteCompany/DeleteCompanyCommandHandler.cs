using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Companies.DeleteCompany;

namespace PenguinMails.Workspace.Application.Companies.DeleteCompany;

internal sealed class DeleteCompanyCommandHandler(ICompanyRepository companies, IEnumerable<ICompanyDependents> dependents) : IRequestHandler<DeleteCompanyCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCompanyCommand request, CancellationToken cancellationToken)
    {
        var company = await companies.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("company", request.Id);
        if (!request.Confirm)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var dependent in dependents)
            {
                counts[dependent.Resource] = await dependent.CountAsync(company.Id, cancellationToken);
            }

            if (counts.Values.Any(count => count > 0))
            {
                throw new ConflictException("company-not-empty",
                    $"Deleting this company also deletes its {string.Join(" and ", counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}"))}. Repeat with ?confirm=true to proceed.",
                    new Dictionary<string, object?> { ["counts"] = counts });
            }
        }

        companies.Remove(company);
        return Unit.Value;
    }
}
