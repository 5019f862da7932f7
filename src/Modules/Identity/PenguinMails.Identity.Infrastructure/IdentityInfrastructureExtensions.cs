using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PenguinMails.Billing.Contracts;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Identity.Application;
using PenguinMails.Identity.Application.Invitations;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Security;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Infrastructure.Billing;
using PenguinMails.Identity.Infrastructure.Persistence;
using PenguinMails.Identity.Infrastructure.Security;

namespace PenguinMails.Identity.Infrastructure;

public static class IdentityInfrastructureExtensions
{
    /// <summary>
    /// The Identity module: its DbContext, handlers, validators, repositories and mappings; password hashing,
    /// signed tokens, secret protection, the e-mail sender; and the caller resolver every request goes through.
    /// The Identity configuration section (signing and encryption keys) is validated at start-up.
    /// </summary>
    public static IServiceCollection AddIdentityInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<IdentityOptions>()
            .BindConfiguration(IdentityOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => KeysDecode(o), "Identity:SigningKey must be base64 of at least 32 bytes and Identity:EncryptionKey base64 of exactly 32 bytes.")
            .ValidateOnStart();

        services.AddSingleton<IPasswordHasher, AspNetPasswordHasher>();
        services.AddSingleton<ISignedTokens, JwtSignedTokens>();
        services.AddSingleton<ISecretProtector, AesGcmSecretProtector>();
        services.AddSingleton(sp => new IdentityLinks(sp.GetRequiredService<IOptions<IdentityOptions>>().Value.WebBaseUrl));
        services.AddSingleton<IEmailSender, LoggingEmailSender>();
        services.AddScoped<CurrentSession>();
        services.AddScoped<SessionIssuer>();
        services.AddScoped<KnownDevices>();
        services.AddScoped<InvitationLinks>();
        services.AddScoped<AccountRegistrar>();
        services.AddScoped<TenantProvisioner>();
        services.AddScoped<EmailVerificationSender>();
        services.AddScoped<ICallerResolver, IdentityCallerResolver>();
        services.AddScoped<IUsageCounter, UserUsage>();
        services.AddSingleton(new UniqueConstraintConflict("ux_users_email", "email-taken", "An account with this e-mail address already exists."));
        services.AddSingleton(new UniqueConstraintConflict("ux_tenant_invitations_open_email", "already-invited", "This address has an open invitation already."));

        return services
            .AddModuleDbContext<IdentityDbContext>()
            .AddModuleServices(IdentityApplicationAssembly.Assembly, typeof(IdentityDbContext).Assembly);
    }

    private static bool KeysDecode(IdentityOptions options)
    {
        try
        {
            IdentityOptions.DecodeKey(options.SigningKey, nameof(IdentityOptions.SigningKey), 32);
            IdentityOptions.DecodeKey(options.EncryptionKey, nameof(IdentityOptions.EncryptionKey), 32, 32);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
