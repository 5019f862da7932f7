using PenguinMails.Api;

// "migrate" applies the migrations with the owner's connection string and exits (build/migrate.sh);
// "grant-staff EMAIL ROLE" makes an account staff and exits (build/run.sh grant-staff); "probe URL" exits 0 when the
// URL answers 2xx (the container's health check); anything else runs the API.
if (args is ["migrate", ..])
{
    return MigrateCommand.Run(args[1..]);
}

if (args is ["probe", var url])
{
    return await ProbeCommand.RunAsync(url);
}

if (args is ["grant-staff", var email, var role, ..])
{
    return await GrantStaffCommand.RunAsync(email, role, args[3..]);
}

var app = PenguinMailsApp.Build(args);
await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
