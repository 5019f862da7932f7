using Microsoft.Extensions.Configuration;
using PenguinMails.Api;

namespace PenguinMails.IntegrationTests.Api;

/// <summary>Configuration from secret files (one file per key), as the containers receive their connection strings and keys.</summary>
public sealed class SecretFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pm-secrets-").FullName;

    [Fact]
    public void A_file_named_with_double_underscores_is_the_key_with_colons_and_wins_over_the_environment()
    {
        File.WriteAllText(Path.Combine(_folder, "ConnectionStrings__Api"), "Host=db;Password=from-file\n");
        File.WriteAllText(Path.Combine(_folder, "Identity__SigningKey"), "c2lnbmluZy1rZXk=");

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Api"] = "Host=db;Password=from-environment" })
            .AddSecretFiles(_folder)
            .Build();

        Assert.Equal("Host=db;Password=from-file", configuration.GetConnectionString("Api"));
        Assert.Equal("c2lnbmluZy1rZXk=", configuration["Identity:SigningKey"]);
    }

    [Fact]
    public void Without_a_folder_nothing_is_added_and_a_named_folder_that_is_missing_is_an_error()
    {
        var builder = new ConfigurationBuilder();
        Assert.Empty(builder.AddSecretFiles(folder: "").Sources);
        Assert.ThrowsAny<Exception>(() => new ConfigurationBuilder().AddSecretFiles(Path.Combine(_folder, "missing")).Build());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
