using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Contracts.Domains.AddDomain;

/// <summary>
/// A sending domain for one of the tenant's companies, with the SPF, DKIM, DMARC and MX records it must publish.
/// Making it primary takes primary from the company's current primary domain.
/// </summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record AddDomainCommand(string Domain, Guid CompanyId, bool IsPrimary = false) : ICommand<DomainDto>;
