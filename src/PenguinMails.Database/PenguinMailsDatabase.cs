using PenguinMails.BuildingBlocks.Infrastructure.Migrations;

namespace PenguinMails.Database;

/// <summary>The schema's SQL, embedded: versioned migrations, the repeatable reference data, and the role bootstrap.</summary>
public static class PenguinMailsDatabase
{
    public static MigrationCatalog Migrations { get; } = new(typeof(PenguinMailsDatabase).Assembly, "PenguinMails.Database.Migrations");

    /// <summary>The Content Database's own migrations (the message log, ADR 0030).</summary>
    public static MigrationCatalog ContentMigrations { get; } = new(typeof(PenguinMailsDatabase).Assembly, "PenguinMails.Database.ContentMigrations");

    /// <summary>Bootstrap/roles.sql: what a superuser runs once per cluster (build/db.sh and the test fixture do).</summary>
    public static string BootstrapRolesSql()
    {
        using var stream = typeof(PenguinMailsDatabase).Assembly.GetManifestResourceStream("PenguinMails.Database.Bootstrap.roles.sql")
            ?? throw new InvalidOperationException("Bootstrap/roles.sql is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
