using PenguinMails.BuildingBlocks.Application.Behaviors;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.UnitTests.BuildingBlocks;

public sealed class TenantRoleBehaviorTests
{
    [RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
    public sealed record ManageCommand : ICommand<int>;

    public sealed record AnyoneCommand : ICommand<int>;

    [Theory]
    [InlineData(TenantRoles.Owner)]
    [InlineData(TenantRoles.Admin)]
    public async Task Handle_WhenTheCallerHoldsOneOfTheRoles_CallsTheHandler(string role)
    {
        Assert.Equal(1, await Run<ManageCommand>(new ManageCommand(), Guid.NewGuid(), role));
    }

    [Fact]
    public async Task Handle_WhenTheCallerHoldsNoneOfTheRoles_IsForbiddenBeforeTheHandler()
    {
        var error = await Assert.ThrowsAsync<ForbiddenException>(() => Run<ManageCommand>(new ManageCommand(), Guid.NewGuid(), TenantRoles.Member));
        Assert.Equal("insufficient-role", error.Code);
    }

    [Fact]
    public async Task Handle_WhenNoTenantIsSet_IsForbidden()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Run<ManageCommand>(new ManageCommand(), null, TenantRoles.Owner));
    }

    [Fact]
    public async Task Handle_WhenTheRequestDeclaresNoRole_LetsAnyCallerThrough()
    {
        Assert.Equal(1, await Run<AnyoneCommand>(new AnyoneCommand(), null));
    }

    private static Task<int> Run<TRequest>(TRequest request, Guid? tenantId, params string[] roles)
    {
        var caller = new RequestCaller();
        caller.Set(Guid.NewGuid(), tenantId, roles);
        return new TenantRoleBehavior<TRequest, int>(caller).Handle(request, CancellationToken.None, () => Task.FromResult(1));
    }
}
