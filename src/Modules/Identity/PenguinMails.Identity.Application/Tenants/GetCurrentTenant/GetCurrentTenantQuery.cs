using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Tenants.GetCurrentTenant;

public sealed record GetCurrentTenantQuery : IQuery<TenantDto>;
