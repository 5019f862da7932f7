using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Tenants.CreateTenant;

/// <summary>Another tenant for the caller, who becomes its owner.</summary>
public sealed record CreateTenantCommand(string Name) : ICommand<TenantDto>;
