using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Database;

/// <summary>
/// The EF Core evaluator of Ardalis.Specification kept in Infrastructure (ADR 0027), against PostgreSQL: each part of
/// a specification (filters, searches, order, paging, includes, tracking, the tenant filter, projection) reaches SQL.
/// Tables of its own, so the evaluator is tested apart from any module's model.
/// </summary>
public sealed class SpecificationEvaluatorTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly Guid TenantA = Guid.Parse("0000000a-0000-0000-0000-000000000000");
    private static readonly Guid TenantB = Guid.Parse("0000000b-0000-0000-0000-000000000000");
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(db.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            CREATE TABLE IF NOT EXISTS spec_owners (id uuid PRIMARY KEY, tenant_id uuid NOT NULL, name text NOT NULL, created timestamptz NOT NULL);
            CREATE TABLE IF NOT EXISTS spec_pets (id uuid PRIMARY KEY, owner_id uuid NOT NULL REFERENCES spec_owners, name text NOT NULL);
            CREATE TABLE IF NOT EXISTS spec_toys (id uuid PRIMARY KEY, pet_id uuid NOT NULL REFERENCES spec_pets, name text NOT NULL);
            TRUNCATE spec_toys, spec_pets, spec_owners;
            INSERT INTO spec_owners VALUES
                ('00000000-0000-0000-0000-000000000001', '{TenantA}', '50% off', '{Noon:O}'),
                ('00000000-0000-0000-0000-000000000002', '{TenantA}', '50 percent off', '{Noon.AddMinutes(1):O}'),
                ('00000000-0000-0000-0000-000000000003', '{TenantA}', 'Ada_Lovelace', '{Noon.AddMinutes(2):O}'),
                ('00000000-0000-0000-0000-000000000004', '{TenantA}', 'AdaXLovelace', '{Noon.AddMinutes(3):O}'),
                ('00000000-0000-0000-0000-000000000005', '{TenantB}', 'Other tenant', '{Noon:O}');
            INSERT INTO spec_pets VALUES
                ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000003', 'Rex'),
                ('00000000-0000-0000-0000-0000000000a2', '00000000-0000-0000-0000-000000000003', 'Tom');
            INSERT INTO spec_toys VALUES ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000a1', 'Ball');
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Filters_order_and_paging_reach_the_database()
    {
        await using var context = NewContext();

        var names = await new Owners(context).ListAsync(new Paged(skip: 1, take: 2), CancellationToken.None);

        Assert.Equal(["50 percent off", "Ada_Lovelace"], names.Select(o => o.Name));
    }

    [Fact]
    public async Task A_search_matches_percent_and_underscore_literally()
    {
        await using var context = NewContext();
        var owners = new Owners(context);

        Assert.Equal(["50% off"], (await owners.ListAsync(new NameSearch(LikePattern.Containing("50%")), CancellationToken.None)).Select(o => o.Name));
        Assert.Equal(["Ada_Lovelace"], (await owners.ListAsync(new NameSearch(LikePattern.StartingWith("Ada_")), CancellationToken.None)).Select(o => o.Name));
    }

    [Fact]
    public async Task Searches_of_one_group_are_alternatives_and_groups_narrow_each_other()
    {
        await using var context = NewContext();
        var owners = new Owners(context);

        var either = await owners.ListAsync(new TwoSearches("50%", "Ada%", sameGroup: true), CancellationToken.None);
        var both = await owners.ListAsync(new TwoSearches("50%", "%percent%", sameGroup: false), CancellationToken.None);

        Assert.Equal(["50 percent off", "50% off", "AdaXLovelace", "Ada_Lovelace"], either.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["50 percent off"], both.Select(o => o.Name));
    }

    [Fact]
    public async Task Includes_and_then_includes_load_the_children_in_the_same_read()
    {
        await using var context = NewContext();

        var owner = await new Owners(context).SingleOrDefaultAsync(new OwnerWithPetsAndToys("Ada_Lovelace"), CancellationToken.None);

        Assert.Equal(["Rex", "Tom"], owner!.Pets.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Ball"], owner.Pets.Single(p => p.Name == "Rex").Toys.Select(t => t.Name));
    }

    [Fact]
    public async Task A_specification_reads_without_tracking_unless_it_says_as_tracking()
    {
        await using var context = NewContext();
        var owners = new Owners(context);

        await owners.ListAsync(new NameSearch("%"), CancellationToken.None);
        Assert.Empty(context.ChangeTracker.Entries());

        await owners.ListAsync(new NameSearch("%", tracked: true), CancellationToken.None);
        Assert.Equal(4, context.ChangeTracker.Entries().Count());
    }

    [Fact]
    public async Task The_tenant_filter_holds_unless_the_specification_lifts_it()
    {
        await using var context = NewContext();
        var owners = new Owners(context);

        Assert.Equal(4, await owners.CountAsync(new EveryOwner(ignoreTenant: false), CancellationToken.None));
        Assert.Equal(5, await owners.CountAsync(new EveryOwner(ignoreTenant: true), CancellationToken.None));
    }

    [Fact]
    public async Task Counting_and_existence_ignore_order_and_paging()
    {
        await using var context = NewContext();
        var owners = new Owners(context);

        Assert.Equal(4, await owners.CountAsync(new Paged(skip: 3, take: 1), CancellationToken.None));
        Assert.True(await owners.AnyAsync(new Paged(skip: 10, take: 1), CancellationToken.None));
    }

    [Fact]
    public async Task A_projection_selects_in_the_database()
    {
        await using var context = NewContext();

        var names = await new Owners(context).ListAsync(new OwnerNames(), CancellationToken.None);

        Assert.Equal(["50% off", "50 percent off", "Ada_Lovelace", "AdaXLovelace"], names);
        Assert.Empty(context.ChangeTracker.Entries());
    }

    private SpecContext NewContext() => new(new DbContextOptionsBuilder<SpecContext>()
        .UseNpgsql(db.OwnerConnectionString).UseSnakeCaseNamingConvention().Options, TenantA);

    private sealed class Paged : Specification<Owner>
    {
        public Paged(int skip, int take) => Query.Where(o => o.Name != "").OrderBy(o => o.Created).ThenBy(o => o.Id).Skip(skip).Take(take);
    }

    private sealed class NameSearch : Specification<Owner>
    {
        public NameSearch(string pattern, bool tracked = false)
        {
            Query.Search(o => o.Name, pattern);
            if (tracked)
            {
                Query.AsTracking();
            }
        }
    }

    private sealed class TwoSearches : Specification<Owner>
    {
        public TwoSearches(string first, string second, bool sameGroup) =>
            Query.Search(o => o.Name, first, 1).Search(o => o.Name, second, sameGroup ? 1 : 2);
    }

    private sealed class OwnerWithPetsAndToys : SingleResultSpecification<Owner>
    {
        public OwnerWithPetsAndToys(string name) => Query.Where(o => o.Name == name).Include(o => o.Pets).ThenInclude(p => p.Toys);
    }

    private sealed class EveryOwner : Specification<Owner>
    {
        public EveryOwner(bool ignoreTenant)
        {
            if (ignoreTenant)
            {
                Query.IgnoreQueryFilters();
            }
        }
    }

    private sealed class OwnerNames : Specification<Owner, string>
    {
        public OwnerNames() => Query.OrderBy(o => o.Created).Select(o => o.Name);
    }

    private sealed class Owners(SpecContext context) : EfReadRepository<SpecContext, Owner>(context);

    private sealed class SpecContext(DbContextOptions<SpecContext> options, Guid tenantId) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Owner>().ToTable("spec_owners").HasQueryFilter(ModuleDbContext.TenantFilter, o => o.TenantId == tenantId);
            modelBuilder.Entity<Owner>().HasMany(o => o.Pets).WithOne().HasForeignKey(p => p.OwnerId);
            modelBuilder.Entity<Pet>().ToTable("spec_pets").HasMany(p => p.Toys).WithOne().HasForeignKey(t => t.PetId);
            modelBuilder.Entity<Toy>().ToTable("spec_toys");
        }
    }

    private sealed class Owner
    {
        public Guid Id { get; init; }

        public Guid TenantId { get; init; }

        public string Name { get; init; } = "";

        public DateTimeOffset Created { get; init; }

        public List<Pet> Pets { get; init; } = [];
    }

    private sealed class Pet
    {
        public Guid Id { get; init; }

        public Guid OwnerId { get; init; }

        public string Name { get; init; } = "";

        public List<Toy> Toys { get; init; } = [];
    }

    private sealed class Toy
    {
        public Guid Id { get; init; }

        public Guid PetId { get; init; }

        public string Name { get; init; } = "";
    }
}
