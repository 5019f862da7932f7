using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Policies.GetCompanyDefaults;

/// <summary>The current tenant's policy for new companies, for the Workspace module (in-process contract).</summary>
public sealed record GetCompanyDefaultsQuery : IQuery<CompanyDefaultsDto>;
