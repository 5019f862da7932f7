using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.BuildingBlocks.Infrastructure.Migrations;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Database;

namespace PenguinMails.Api;

/// <summary>
/// <c>PenguinMails.Api migrate</c>: applies every pending migration of the operational database and of the Content
/// Database (ConnectionStrings:ContentOwner, or the owner's string with the database <c>&lt;name&gt;_content</c>), as the owner role, then exits.
/// </summary>
internal static class MigrateCommand
{
    public static int Run(string[] args)
    {
        var configuration = SecretFiles.ForCommand(args);
        var connectionString = configuration.GetConnectionString(InfrastructureServiceCollectionExtensions.OwnerConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Console.Error.WriteLine($"ConnectionStrings__{InfrastructureServiceCollectionExtensions.OwnerConnectionName} is not set (the penguinmails_owner role's connection string).");
            return 2;
        }

        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true));
        var logger = loggerFactory.CreateLogger<DatabaseMigrator>();
        Report("Operational database", new DatabaseMigrator(PenguinMailsDatabase.Migrations, logger).Migrate(connectionString));
        var content = ContentConnections.For(configuration, InfrastructureServiceCollectionExtensions.OwnerConnectionName)!;
        Report("Content database", new DatabaseMigrator(PenguinMailsDatabase.ContentMigrations, logger).Migrate(content));
        return 0;
    }

    private static void Report(string database, MigrationReport report) =>
        Console.WriteLine(report.Applied == 0
            ? $"{database} is up to date; no migration applied."
            : $"{database}: applied {report.Applied} migration(s): {string.Join(", ", report.Names)}");
}
