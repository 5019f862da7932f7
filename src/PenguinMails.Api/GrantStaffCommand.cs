using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Staff.Contracts.Members.BootstrapStaff;

namespace PenguinMails.Api;

/// <summary><c>PenguinMails.Api grant-staff EMAIL ROLE</c>: makes an existing account staff (the first super_admin), then exits.</summary>
internal static class GrantStaffCommand
{
    public static async Task<int> RunAsync(string email, string role, string[] args)
    {
        var configuration = SecretFiles.ForCommand(args);
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddPenguinMailsModules(configuration)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        try
        {
            var member = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new BootstrapStaffCommand(email, role));
            Console.WriteLine($"{email} is now staff with the role {member.RoleName}.");
            return 0;
        }
        catch (Exception exception) when (exception is RequestValidationException or ConflictException)
        {
            var detail = exception is RequestValidationException invalid ? string.Join(" ", invalid.Errors.SelectMany(e => e.Value)) : exception.Message;
            Console.Error.WriteLine(detail);
            return 1;
        }
    }
}
