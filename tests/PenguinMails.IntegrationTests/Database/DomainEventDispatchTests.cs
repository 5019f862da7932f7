using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Api;
using PenguinMails.BuildingBlocks.Application.Events;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Database;

/// <summary>
/// ADR 0007 as the unit of work carries it out: events raised by entities are handled inside the command's
/// transaction, before commit; the handlers' own changes commit with the command, and a failing handler rolls it all back.
/// </summary>
public sealed class DomainEventDispatchTests(TwoTenantsFixture db) : IClassFixture<TwoTenantsFixture>, IDisposable
{
    private readonly ServiceProvider _services = BuildServices(db.AppConnectionString);

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Events_are_handled_once_in_the_transaction_and_their_changes_commit_with_the_command()
    {
        var lead = await AddLeadAsync("welcome@example.org", handlerFails: false);

        Assert.Equal(1L, await db.PlatformScalarAsync<long>($"SELECT count(*) FROM leads WHERE id = '{lead}'"));
        // The handler of LeadAdded set the name in the same transaction, exactly once.
        Assert.Equal("handled-1", await db.PlatformScalarAsync<string>($"SELECT name FROM leads WHERE id = '{lead}'"));
    }

    [Fact]
    public async Task A_failing_event_handler_rolls_the_whole_command_back()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => AddLeadAsync("doomed@example.org", handlerFails: true));
        Assert.Equal(0L, await db.PlatformScalarAsync<long>("SELECT count(*) FROM leads WHERE email = 'doomed@example.org'"));
    }

    private async Task<Guid> AddLeadAsync(string email, bool handlerFails)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(db.A.User, db.A.Tenant, []);
        scope.ServiceProvider.GetRequiredService<LeadAddedHandler>().Fail = handlerFails;
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var context = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();

        await unitOfWork.BeginAsync(CancellationToken.None);
        try
        {
            var lead = ProbeLead.Add(db.A.Tenant, email);
            context.Leads.Add(lead);
            await unitOfWork.CommitAsync(CancellationToken.None);
            return lead.Id;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    private static ServiceProvider BuildServices(string apiConnectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Api"] = apiConnectionString })
            .Build();
        var services = new ServiceCollection().AddLogging().AddPenguinMailsModules(configuration);
        services.AddModuleDbContext<ProbeDbContext>();
        services.AddScoped<LeadAddedHandler>();
        services.AddScoped<INotificationHandler<DomainEventNotification<LeadAdded>>>(sp => sp.GetRequiredService<LeadAddedHandler>());
        return services.BuildServiceProvider();
    }

    internal sealed record LeadAdded(Guid LeadId, DateTimeOffset OccurredAt) : IDomainEvent;

    internal sealed class ProbeLead : Entity, ITenantOwned
    {
        public Guid Id { get; private set; }

        public Guid TenantId { get; private set; }

        public string Email { get; private set; } = "";

        public string? Name { get; set; }

        public static ProbeLead Add(Guid tenantId, string email)
        {
            var lead = new ProbeLead { Id = Guid.NewGuid(), TenantId = tenantId, Email = email };
            lead.Raise(new LeadAdded(lead.Id, DateTimeOffset.UtcNow));
            return lead;
        }
    }

    /// <summary>Marks the lead it was told about, counting how often it ran; or fails, when told to.</summary>
    internal sealed class LeadAddedHandler(ProbeDbContext context) : INotificationHandler<DomainEventNotification<LeadAdded>>
    {
        private int _runs;

        public bool Fail { get; set; }

        public Task Handle(DomainEventNotification<LeadAdded> notification, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new InvalidOperationException("handler failed");
            }

            var lead = context.Leads.Local.Single(l => l.Id == notification.DomainEvent.LeadId);
            lead.Name = $"handled-{++_runs}";
            return Task.CompletedTask;
        }
    }

    internal sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options, DbSession session, ICurrentTenant tenant, ICurrentUser user)
        : ModuleDbContext(options, session, tenant, user)
    {
        public DbSet<ProbeLead> Leads => Set<ProbeLead>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<ProbeLead>(lead =>
            {
                lead.ToTable("leads");
                lead.HasKey(l => l.Id);
                lead.Property(l => l.Id).ValueGeneratedNever();
                lead.Ignore(l => l.DomainEvents);
            });
            base.OnModelCreating(modelBuilder);
        }
    }
}
