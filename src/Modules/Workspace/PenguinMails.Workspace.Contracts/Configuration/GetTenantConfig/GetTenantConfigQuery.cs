using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Workspace.Contracts.Configuration.GetTenantConfig;

public sealed record GetTenantConfigQuery : IQuery<TenantConfigDto>;
