using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Api;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>Every module registered exactly as the host registers it, without HTTP: for tests of the persistence seam.</summary>
public static class ModuleServices
{
    public static ServiceProvider Build(string apiConnectionString, string? platformConnectionString = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Api"] = apiConnectionString,
                ["ConnectionStrings:Platform"] = platformConnectionString,
                ["Identity:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                ["Identity:EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                ["Secrets:MasterKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddPenguinMailsModules(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
