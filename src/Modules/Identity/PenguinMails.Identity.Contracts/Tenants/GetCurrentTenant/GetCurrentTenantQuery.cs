using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Tenants.GetCurrentTenant;

public sealed record GetCurrentTenantQuery : IQuery<TenantDto>;
