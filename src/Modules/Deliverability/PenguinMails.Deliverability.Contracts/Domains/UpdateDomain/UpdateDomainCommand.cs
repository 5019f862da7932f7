using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Contracts.Domains.UpdateDomain;

/// <summary>
/// Moves the domain to another of the tenant's companies, or makes it (or stops it being) its company's primary
/// domain. The name is fixed: its records were generated for it; add the new name instead.
/// </summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record UpdateDomainCommand : ICommand<DomainDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<Guid> CompanyId { get; init; }

    public Optional<bool> IsPrimary { get; init; }
}
