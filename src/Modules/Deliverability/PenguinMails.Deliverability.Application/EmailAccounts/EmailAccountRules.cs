using System.Net;
using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;
using MailServerSettings = PenguinMails.Deliverability.Contracts.MailServerSettings;

namespace PenguinMails.Deliverability.Application.EmailAccounts;

/// <summary>Input rules shared by creating and changing an account.</summary>
internal static class EmailAccountRules
{
    public const int MaxPasswordLength = 1024;
    public const int MaxUsernameLength = 255;

    public static IRuleBuilderOptions<T, string> ValidAccountEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().EmailAddressOrNull();

    public static IRuleBuilderOptions<T, string?> ValidPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(MaxPasswordLength);

    public static IRuleBuilderOptions<T, MailServerSettings?> ValidSettings<T>(this IRuleBuilder<T, MailServerSettings?> rule) =>
        rule.SetValidator(new MailServerSettingsValidator()!)!;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>The address's domain part in stored (punycode) form, or null.</summary>
    public static string? DomainOf(string email)
    {
        var at = email.LastIndexOf('@');
        return at < 0 ? null : HostName.Normalize(email[(at + 1)..], out _);
    }

    internal sealed class MailServerSettingsValidator : AbstractValidator<MailServerSettings>
    {
        public MailServerSettingsValidator()
        {
            RuleFor(s => s.Host).NotEmpty()
                .Must(host => host is null || IPAddress.TryParse(host, out _) || HostName.Normalize(host, out _) is not null)
                .WithMessage("'{PropertyName}' must be a host name (smtp.example.com) or an IP address.");
            RuleFor(s => s.Port).InclusiveBetween(1, 65535);
            RuleFor(s => s.Security).NotEmpty().OneOf(MailSecurity.All);
            RuleFor(s => s.Username).NotEmpty().MaximumLength(MaxUsernameLength);
        }
    }
}
