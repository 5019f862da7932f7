using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Policies.GetCompanyDefaults;

/// <summary>The current tenant's policy for new companies, for the Workspace module (in-process contract).</summary>
public sealed record GetCompanyDefaultsQuery : IQuery<CompanyDefaultsDto>;

