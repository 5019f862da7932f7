using PenguinMails.Api;

// "migrate" applies the migrations with the owner's connection string and exits (build/migrate.sh);
// anything else runs the API.
if (args is ["migrate", ..])
{
    return MigrateCommand.Run(args[1..]);
}

var app = PenguinMailsApp.Build(args);
await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
