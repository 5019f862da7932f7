using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Workspace.Contracts.Companies.UpdateCompany;

/// <summary>Changes the fields present in the body; <c>null</c> clears logoUrl, industry or companySize.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record UpdateCompanyCommand : ICommand<CompanyDto>
{
    /// <summary>From the route, never the body.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string> Name { get; init; }

    public Optional<string> WorkspaceName { get; init; }

    public Optional<string> Status { get; init; }

    public Optional<string?> LogoUrl { get; init; }

    public Optional<string?> Industry { get; init; }

    public Optional<string?> CompanySize { get; init; }
}
