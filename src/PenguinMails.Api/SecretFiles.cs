namespace PenguinMails.Api;

/// <summary>
/// Configuration from one file per key in the folder <c>PENGUINMAILS_SECRETS_DIR</c> names (Docker and Kubernetes
/// secrets: a file <c>Identity__SigningKey</c> is the key <c>Identity:SigningKey</c>), so secrets need not sit in
/// environment variables, where <c>docker inspect</c> shows them. A key in a file wins over every other source.
/// </summary>
internal static class SecretFiles
{
    public const string FolderVariable = "PENGUINMAILS_SECRETS_DIR";

    public static IConfigurationBuilder AddSecretFiles(this IConfigurationBuilder configuration, string? folder = null)
    {
        folder ??= Environment.GetEnvironmentVariable(FolderVariable);
        return string.IsNullOrEmpty(folder)
            ? configuration
            : configuration.AddKeyPerFile(folder, optional: false, reloadOnChange: false);
    }

    /// <summary>What the host commands read, in the host's order: appsettings.json, environment, command line, secret files.</summary>
    public static IConfiguration ForCommand(string[] args) => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args)
        .AddSecretFiles()
        .Build();
}
