namespace PenguinMails.BuildingBlocks.Api.Endpoints;

/// <summary>Endpoint metadata: the route acts inside the tenant named by X-Tenant-Id, for an active member of it.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class TenantScopedAttribute : Attribute;
