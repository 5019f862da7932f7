using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Workspace.Contracts.Companies.CreateCompany;

/// <summary>
/// A new company. Without a workspace name one is made from the name; without a status it starts in the tenant's
/// <c>company_default_status</c>.
/// </summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record CreateCompanyCommand(
    string Name,
    string? WorkspaceName = null,
    string? LogoUrl = null,
    string? Status = null,
    string? Industry = null,
    string? CompanySize = null) : ICommand<CompanyDto>;
