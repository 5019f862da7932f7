using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Policies.GetPolicies;

[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record GetPoliciesQuery : IQuery<TenantPoliciesDto>;
