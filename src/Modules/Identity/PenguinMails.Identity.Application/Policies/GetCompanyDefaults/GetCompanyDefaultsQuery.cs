using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Application.Policies.GetCompanyDefaults;

/// <summary>The current tenant's policy for new companies, for the Workspace module (in-process contract).</summary>
public sealed record GetCompanyDefaultsQuery : IQuery<CompanyDefaultsDto>;

public sealed record CompanyDefaultsDto(string DefaultStatus);
