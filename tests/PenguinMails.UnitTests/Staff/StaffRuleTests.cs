using System.Text.Json;
using NSubstitute;
using PenguinMails.BuildingBlocks.Application.Behaviors;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.UnitTests.Staff;

public sealed class StaffRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [RequiresStaffPermission("plans.manage")]
    public sealed record ManagePlans : ICommand<int>;

    [Fact]
    public async Task StaffPermission_WhenTheRoleGrantsIt_CallsTheHandler()
    {
        var (behavior, _) = Behavior(grants: true);
        Assert.Equal(1, await behavior.Handle(new ManagePlans(), CancellationToken.None, () => Task.FromResult(1)));
    }

    [Fact]
    public async Task StaffPermission_WhenTheRoleDoesNotGrantIt_IsForbiddenAndNamesThePermission()
    {
        var (behavior, staff) = Behavior(grants: false);
        var error = await Assert.ThrowsAsync<ForbiddenException>(() => behavior.Handle(new ManagePlans(), CancellationToken.None, () => Task.FromResult(1)));
        Assert.Equal("staff-permission-required", error.Code);
        Assert.Equal("plans.manage", error.Extensions["permission"]);
        await staff.Received(1).HasAsync(Arg.Any<Guid>(), "plans.manage", Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(1, null, true)]
    [InlineData(1, StaffRoleIds.Support, true)]
    [InlineData(1, StaffRoleIds.SuperAdmin, false)]
    [InlineData(2, null, false)]
    public void LastSuperAdmin_CannotLeaveOrBeDemoted(int superAdmins, int? newRole, bool refused)
    {
        var member = StaffMember.Grant(Guid.NewGuid(), StaffRoleIds.SuperAdmin, null, Now);
        Assert.Equal(refused, new PlatformKeepsASuperAdminRule(member, superAdmins, newRole).IsBroken());
    }

    [Fact]
    public void LastSuperAdmin_RuleDoesNotConcernOtherRoles()
    {
        var support = StaffMember.Grant(Guid.NewGuid(), StaffRoleIds.Support, null, Now);
        support.EnsureRemovable(superAdmins: 1);
        Assert.Throws<BusinessRuleViolationException>(() => StaffMember.Grant(Guid.NewGuid(), StaffRoleIds.SuperAdmin, null, Now).EnsureRemovable(1));
    }

    [Fact]
    public void A_new_role_grants_each_permission_it_names_once()
    {
        var role = StaffRole.Create("  Billing_Desk ", null, [3, 5, 3], Now);

        Assert.Equal("billing_desk", role.Name);
        Assert.Equal([3, 5], role.Permissions.Select(p => p.PermissionId).Order());
    }

    [Fact]
    public void Granting_only_some_permissions_withdraws_the_others_and_keeps_the_rest_as_granted()
    {
        var role = StaffRole.Create("desk", null, [1, 2], Now);
        var kept = role.Permissions.Single(p => p.PermissionId == 2);

        role.GrantOnly([2, 7], Now.AddDays(1));

        Assert.Equal([2, 7], role.Permissions.Select(p => p.PermissionId).Order());
        Assert.Same(kept, role.Permissions.Single(p => p.PermissionId == 2));
    }

    [Fact]
    public void SensitiveValues_AreMasked_OthersShownAsStored()
    {
        var secret = SystemConfig.Create("stripe.secret", JsonSerializer.SerializeToElement("sk_live_x"), null, "billing", isSensitive: true, Guid.NewGuid(), Now);
        var plain = SystemConfig.Create("support.email", JsonSerializer.SerializeToElement("help@example.com"), null, null, isSensitive: false, Guid.NewGuid(), Now);

        Assert.Equal(SystemConfig.Mask, ModuleMappers.Of("Staff").Map<SystemConfigDto>(secret).Value!.Value.GetString());
        Assert.Equal("help@example.com", ModuleMappers.Of("Staff").Map<SystemConfigDto>(plain).Value!.Value.GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(90)]
    [InlineData(100)]
    public void FlagBuckets_PutThePercentageOfTenantsOn_WithinThreePoints(int percentage)
    {
        var flag = FeatureFlag.Create("campaigns.new_editor", null, isEnabled: true, percentage, Guid.NewGuid(), Now);
        var on = Tenants(10_000).Count(flag.IsOnFor);
        Assert.InRange(on / 100.0, percentage - 3, percentage + 3);
    }

    [Fact]
    public void FlagBuckets_AreStableAndRaisingThePercentageNeverTurnsATenantOff()
    {
        var tenants = Tenants(2_000).ToList();
        HashSet<Guid> previous = [];
        for (var percentage = 0; percentage <= 100; percentage += 5)
        {
            var flag = FeatureFlag.Create("leads.scoring", null, isEnabled: true, percentage, Guid.NewGuid(), Now);
            var on = tenants.Where(flag.IsOnFor).ToHashSet();
            Assert.Subset(on, previous);
            previous = on;
        }

        Assert.Equal(FeatureFlag.Bucket("leads.scoring", tenants[0]), FeatureFlag.Bucket("leads.scoring", tenants[0]));
        Assert.Equal(77, FeatureFlag.Bucket("leads.scoring", Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"))); // pinned: a changed hash would move every tenant
    }

    [Fact]
    public void ADisabledFlag_IsOffForEveryone()
    {
        var flag = FeatureFlag.Create("dns.autofix", null, isEnabled: false, 100, Guid.NewGuid(), Now);
        Assert.DoesNotContain(Tenants(500), flag.IsOnFor);
    }

    private static IEnumerable<Guid> Tenants(int count)
    {
        var random = new Random(20261122);
        for (var i = 0; i < count; i++)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            yield return new Guid(bytes);
        }
    }

    private static (StaffPermissionBehavior<ManagePlans, int> Behavior, IStaffPermissions Staff) Behavior(bool grants)
    {
        var caller = new RequestCaller();
        caller.Set(Guid.NewGuid(), null, []);
        var staff = Substitute.For<IStaffPermissions>();
        staff.HasAsync(default, default!, default).ReturnsForAnyArgs(grants);
        var services = Substitute.For<IServiceProvider>();
        services.GetService(typeof(IStaffPermissions)).Returns(staff);
        return (new StaffPermissionBehavior<ManagePlans, int>(caller, services), staff);
    }
}
