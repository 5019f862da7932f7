using Microsoft.Extensions.Configuration;
using Npgsql;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The Content Database's connection strings (ADR 0030): <c>ConnectionStrings:Content&lt;Role&gt;</c> when given,
/// else the operational database's string for that role with the database named <c>&lt;database&gt;_content</c>
/// (penguinmails → penguinmails_content), so one server and one set of roles serve both by default.
/// </summary>
public static class ContentConnections
{
    public const string Prefix = "Content";
    public const string DatabaseSuffix = "_content";

    public static string? For(IConfiguration configuration, string operationalName)
    {
        if (configuration.GetConnectionString(Prefix + operationalName) is { Length: > 0 } given)
        {
            return given;
        }

        return configuration.GetConnectionString(operationalName) is { Length: > 0 } operational ? Derive(operational) : null;
    }

    public static string Derive(string operationalConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(operationalConnectionString);
        builder.Database += DatabaseSuffix;
        return builder.ConnectionString;
    }
}

/// <summary>The Content Database as the API's role (tenant reads under RLS) and, when configured, the platform role (the engine's writes).</summary>
public sealed class ContentDatabase(NpgsqlDataSource api, NpgsqlDataSource? platform) : IAsyncDisposable
{
    public NpgsqlDataSource Api => api;

    public NpgsqlDataSource Platform => platform
        ?? throw new InvalidOperationException($"ConnectionStrings:{InfrastructureServiceCollectionExtensions.PlatformConnectionName} is not configured; the message log cannot be written.");

    public async ValueTask DisposeAsync()
    {
        await api.DisposeAsync();
        if (platform is not null)
        {
            await platform.DisposeAsync();
        }
    }
}
