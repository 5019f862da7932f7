using Npgsql;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>The platform role's connections (BYPASSRLS): background work that crosses tenants, never a request.</summary>
public sealed class PlatformDataSource(NpgsqlDataSource dataSource)
{
    public NpgsqlDataSource DataSource => dataSource;
}

/// <summary>
/// Which role the scope's <see cref="DbSession"/> connects as. A request is always the API's role; a background
/// job calls <see cref="UsePlatform"/> before its first query to work across tenants.
/// </summary>
public sealed class SessionRole
{
    public bool IsPlatform { get; private set; }

    public void UsePlatform() => IsPlatform = true;
}
