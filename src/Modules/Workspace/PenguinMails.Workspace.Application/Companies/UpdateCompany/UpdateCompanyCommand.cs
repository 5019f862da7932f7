using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Workspace.Application.Contracts;

namespace PenguinMails.Workspace.Application.Companies.UpdateCompany;

/// <summary>Changes the fields present in the body; <c>null</c> clears logoUrl, industry or companySize.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record UpdateCompanyCommand(
    Optional<string> Name = default,
    Optional<string> WorkspaceName = default,
    Optional<string> Status = default,
    Optional<string?> LogoUrl = default,
    Optional<string?> Industry = default,
    Optional<string?> CompanySize = default) : ICommand<CompanyDto>
{
    /// <summary>From the route, not the body.</summary>
    public Guid Id { get; init; }
}
