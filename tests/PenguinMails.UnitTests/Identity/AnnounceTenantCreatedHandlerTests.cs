using MediatR;
using NSubstitute;
using PenguinMails.BuildingBlocks.Application.Events;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Identity.Application.Tenants.AnnounceTenantCreated;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Domain;

namespace PenguinMails.UnitTests.Identity;

public sealed class AnnounceTenantCreatedHandlerTests
{
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    [Fact]
    public async Task A_created_tenant_is_written_before_the_other_modules_are_told_of_it()
    {
        var tenantId = Guid.NewGuid();
        var owner = Guid.NewGuid();

        await new AnnounceTenantCreatedHandler(_unitOfWork, _mediator).Handle(
            new DomainEventNotification<TenantCreated>(new TenantCreated(tenantId, "Acme", owner, DateTimeOffset.UnixEpoch)), CancellationToken.None);

        Received.InOrder(() =>
        {
            _unitOfWork.FlushAsync(Arg.Any<CancellationToken>());
            _mediator.Publish(Arg.Is<TenantCreatedNotification>(n => n.TenantId == tenantId && n.TenantName == "Acme" && n.OwnerUserId == owner), Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public void A_new_tenant_raises_its_creation_with_its_founder()
    {
        var owner = Guid.NewGuid();

        var tenant = Tenant.Create(Guid.NewGuid(), "  Acme ", owner, DateTimeOffset.UnixEpoch);

        var created = Assert.IsType<TenantCreated>(Assert.Single(tenant.DomainEvents));
        Assert.Equal((tenant.Id, "Acme", owner), (created.TenantId, created.Name, created.OwnerUserId));
    }
}
