using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using PenguinMails.BuildingBlocks.Application.Secrets;

namespace PenguinMails.BuildingBlocks.Infrastructure.Secrets;

public static class SecretStoreServiceCollectionExtensions
{
    /// <summary>
    /// The default secret store: ASP.NET Core Data Protection with its key ring in the database, each key encrypted
    /// with <c>Secrets:MasterKey</c> (docs/adr/0013-secret-store.md). Fails at start-up without a valid master key.
    /// </summary>
    public static IServiceCollection AddDatabaseSecretStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecretStoreOptions>()
            .Bind(configuration.GetSection(SecretStoreOptions.Section))
            .Validate(o => o.HasValidMasterKey, SecretStoreOptions.MasterKeyRequirement)
            .ValidateOnStart();
        services.TryAddSingleton(sp => new MasterKey(sp.GetRequiredService<IOptions<SecretStoreOptions>>().Value.MasterKeyBytes()));
        services.AddDataProtection().SetApplicationName("PenguinMails");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(keys =>
        {
            keys.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<NpgsqlDataSource>());
            keys.XmlEncryptor = new MasterKeyXmlEncryptor(sp.GetRequiredService<MasterKey>().Bytes);
        }));
        services.TryAddScoped<ISecretStore, DataProtectionSecretStore>();
        return services;
    }
}
