using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application;

internal interface IStaffMemberRepository : IRepository<StaffMember>
{
    Task<StaffMember?> GetAsync(Guid userId, CancellationToken cancellationToken);

    Task<int> CountInRoleAsync(int roleId, CancellationToken cancellationToken);

    Task<List<StaffMemberDto>> ListAsync(CancellationToken cancellationToken);

    Task<StaffMemberDto?> GetDtoAsync(Guid userId, CancellationToken cancellationToken);
}

internal interface IStaffRoleRepository : IRepository<StaffRole>
{
    /// <summary>The role with its permissions, tracked.</summary>
    Task<StaffRole?> GetAsync(int id, CancellationToken cancellationToken);

    Task<StaffRole?> FindByNameAsync(string name, CancellationToken cancellationToken);

    Task<List<StaffRoleDto>> ListAsync(CancellationToken cancellationToken);

    Task<List<Permission>> PermissionsAsync(CancellationToken cancellationToken);
}

internal interface ISystemConfigRepository : IRepository<SystemConfig>
{
    Task<SystemConfig?> GetAsync(string key, CancellationToken cancellationToken);

    Task<List<SystemConfig>> ListAsync(CancellationToken cancellationToken);
}

internal interface IFeatureFlagRepository : IRepository<FeatureFlag>
{
    Task<FeatureFlag?> GetAsync(string key, CancellationToken cancellationToken);

    Task<List<FeatureFlag>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>Every tenant with its plan and usage, read across tenants as the platform role.</summary>
internal interface ITenantDirectory
{
    Task<List<TenantSummaryDto>> ListAsync(DateTimeOffset? afterCreated, Guid? afterId, int take, CancellationToken cancellationToken);
}
