using System.Reflection;
using FluentValidation;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using PenguinMails.BuildingBlocks.Application;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Migrations;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.BuildingBlocks.Infrastructure.Observability;
using PenguinMails.BuildingBlocks.Infrastructure.Rls;
using PenguinMails.BuildingBlocks.Infrastructure.Secrets;

namespace PenguinMails.BuildingBlocks.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public const string ApiConnectionName = "Api";
    public const string PlatformConnectionName = "Platform";
    public const string OwnerConnectionName = "Owner";
    public const string ReadyTag = "ready";

    /// <summary>
    /// The database seam shared by all modules: the API role's data source, the per-request <see cref="DbSession"/>
    /// (unit of work), the platform role's data source when configured (background jobs), the RLS interceptors, the secret store, the analytics event sink, the start-up role guard and the readiness check.
    /// </summary>
    public static IServiceCollection AddBuildingBlocksInfrastructure(
        this IServiceCollection services, IConfiguration configuration, MigrationCatalog migrations, MigrationCatalog contentMigrations)
    {
        services.AddBuildingBlocksApplication();

        var apiConnection = configuration.GetConnectionString(ApiConnectionName);
        if (string.IsNullOrWhiteSpace(apiConnection))
        {
            throw new InvalidOperationException($"ConnectionStrings:{ApiConnectionName} is not configured (the penguinmails_app role's connection string).");
        }

        services.TryAddSingleton(_ => NamedDataSource("api", apiConnection));
        if (configuration.GetConnectionString(PlatformConnectionName) is { Length: > 0 } platformConnection)
        {
            services.TryAddSingleton(_ => new PlatformDataSource(NamedDataSource("platform", platformConnection)));
        }

        var contentPlatform = ContentConnections.For(configuration, PlatformConnectionName);
        var contentApi = ContentConnections.For(configuration, ApiConnectionName)!;
        services.TryAddSingleton(_ => new ContentDatabase(
            NamedDataSource("api", contentApi), contentPlatform is null ? null : NamedDataSource("platform", contentPlatform)));

        services.AddDatabaseSecretStore(configuration);
        services.AddEventSink(configuration);
        services.AddMonitoring(configuration);
        services.TryAddScoped<SessionRole>();
        services.TryAddSingleton(migrations);
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddScoped<DbSession>();
        services.TryAddScoped<IUnitOfWork>(sp => sp.GetRequiredService<DbSession>());
        services.TryAddScoped<ITenantLocks>(sp => sp.GetRequiredService<DbSession>());
        services.TryAddScoped<ICallerContext, CallerContext>();
        services.TryAddScoped<IIdempotencyStore, DatabaseIdempotencyStore>();
        services.TryAddSingleton<RlsCommandInterceptor>();
        services.TryAddSingleton<RlsTransactionInterceptor>();
        services.TryAddSingleton<PreparedStatementResetInterceptor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionTranslator, DatabaseExceptionTranslator>());
        services.AddHostedService<DatabaseRoleGuard>();
        services.AddHealthChecks()
            .Add(new HealthCheckRegistration("database",
                sp => new DatabaseReadyHealthCheck(sp.GetRequiredService<NpgsqlDataSource>(), migrations, "Database"), HealthStatus.Unhealthy, [ReadyTag]))
            .Add(new HealthCheckRegistration("contentDatabase",
                sp => new DatabaseReadyHealthCheck(sp.GetRequiredService<ContentDatabase>().Api, contentMigrations, "Content Database"), HealthStatus.Unhealthy, [ReadyTag]));
        return services;
    }

    /// <summary>"role:database": what Npgsql's pool metrics and the leak reports call a pool (and hosts in one process stay apart).</summary>
    internal static string PoolName(string role, string? database) => $"{role}:{database}";

    /// <summary>
    /// Statements a connection runs twice are prepared on the server unless the connection string says otherwise: the
    /// caller resolution and the RLS context run on every request, and re-planning them cost five times the baseline's
    /// database CPU (docs/benchmarks.md). Behind PgBouncer older than 1.21 in transaction mode, set <c>Max Auto Prepare=0</c>.
    /// </summary>
    private static NpgsqlDataSource NamedDataSource(string role, string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.Name = PoolName(role, builder.ConnectionStringBuilder.Database);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        if (!given.Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        return builder.Build();
    }

    /// <summary>A module's DbContext on the scope's shared connection, with the RLS interceptors and snake_case names.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<DbSession>().Connection)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetRequiredService<RlsCommandInterceptor>(), sp.GetRequiredService<RlsTransactionInterceptor>(),
                sp.GetRequiredService<PreparedStatementResetInterceptor>()));
        return services;
    }

    /// <summary>
    /// Registers what a module's assemblies declare, found by Scrutor: MediatR request and notification handlers,
    /// FluentValidation validators and repositories (classes named *Repository, under their interfaces), all
    /// scoped and all internal to the module; and its Mapster mappings (<see cref="IRegister"/>).
    /// </summary>
    public static IServiceCollection AddModuleServices(this IServiceCollection services, params Assembly[] assemblies)
    {
        services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(INotificationHandler<>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime()
            .AddClasses(c => c.Where(t => t.Name.EndsWith("Repository", StringComparison.Ordinal)), publicOnly: false)
                .AsImplementedInterfaces().WithScopedLifetime());

        var mappings = (TypeAdapterConfig?)services.LastOrDefault(d => d.ServiceType == typeof(TypeAdapterConfig))?.ImplementationInstance
            ?? throw new InvalidOperationException("Call AddBuildingBlocksApplication before registering modules.");
        mappings.Scan(assemblies);
        return services;
    }
}
