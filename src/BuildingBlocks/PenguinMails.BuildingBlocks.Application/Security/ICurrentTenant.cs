namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>The tenant the caller acts in, after membership was checked. Null outside tenant-scoped work.</summary>
public interface ICurrentTenant
{
    Guid? TenantId { get; }

    IReadOnlyCollection<string> Roles { get; }
}
