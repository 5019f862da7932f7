using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.Policies.GetPolicies;

[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record GetPoliciesQuery : IQuery<TenantPoliciesDto>;
