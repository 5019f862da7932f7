using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Workspace.Application.Contracts;

namespace PenguinMails.Workspace.Application.Configuration.GetTenantConfig;

public sealed record GetTenantConfigQuery : IQuery<TenantConfigDto>;
