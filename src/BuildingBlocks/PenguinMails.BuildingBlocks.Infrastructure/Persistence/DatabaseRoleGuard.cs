using Microsoft.Extensions.Hosting;
using Npgsql;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Refuses to start the API when its database role could escape row-level security: a superuser, a role with
/// BYPASSRLS, or a role that owns (or is a member of a role that owns) a table. Any of those would make every
/// policy advisory (ADR 0005).
/// </summary>
internal sealed class DatabaseRoleGuard(NpgsqlDataSource dataSource) : IHostedService
{
    private const string Sql = """
        SELECT current_user,
               EXISTS (SELECT 1 FROM pg_roles r
                       WHERE (r.rolsuper OR r.rolbypassrls) AND pg_has_role(current_user, r.oid, 'MEMBER')),
               EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
                         AND pg_has_role(current_user, c.relowner, 'MEMBER'))
        """;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var role = reader.GetString(0);
        if (reader.GetBoolean(1))
        {
            throw new InsecureDatabaseRoleException($"The API's database role '{role}' is a superuser or can bypass row-level security. Connect as penguinmails_app.");
        }

        if (reader.GetBoolean(2))
        {
            throw new InsecureDatabaseRoleException($"The API's database role '{role}' owns tables, so row-level security would not bind it. Connect as penguinmails_app.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class InsecureDatabaseRoleException(string message) : Exception(message);
