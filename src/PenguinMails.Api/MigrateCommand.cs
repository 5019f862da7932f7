using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.BuildingBlocks.Infrastructure.Migrations;
using PenguinMails.Database;

namespace PenguinMails.Api;

/// <summary><c>PenguinMails.Api migrate</c>: applies every pending migration as the owner role, then exits.</summary>
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
        var migrator = new DatabaseMigrator(PenguinMailsDatabase.Migrations, loggerFactory.CreateLogger<DatabaseMigrator>());
        var report = migrator.Migrate(connectionString);
        Console.WriteLine(report.Applied == 0
            ? "Database is up to date; no migration applied."
            : $"Applied {report.Applied} migration(s): {string.Join(", ", report.Names)}");
        return 0;
    }
}
