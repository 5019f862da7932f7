using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Tenants.CreateTenant;

/// <summary>Another tenant for the caller, who becomes its owner.</summary>
public sealed record CreateTenantCommand(string Name) : ICommand<TenantDto>;
