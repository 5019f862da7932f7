using FluentValidation;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application;

/// <summary>The input rules every Identity use case shares.</summary>
internal static class IdentityValidation
{
    /// <summary>RFC 5321's limit on a forward path.</summary>
    public const int MaxEmailLength = 254;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxEmailLength)
            .Must(email => email is null || IsEmail(email.Trim()))
            .WithMessage("'{PropertyName}' is not a valid e-mail address.");

    /// <summary>Presence and the hashing ceiling; a tenant's rules are checked by the handler that knows the tenant.</summary>
    public static IRuleBuilderOptions<T, string> ValidPasswordInput<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(PasswordPolicy.MaxLength);

    public static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilder<T, string> rule, PasswordPolicy policy) =>
        rule.ValidPasswordInput()
            .Must((_, password, context) =>
            {
                var violations = password is null ? [] : policy.Violations(PasswordShape.Of(password));
                foreach (var violation in violations)
                {
                    context.AddFailure(context.PropertyPath, $"The password {violation}.");
                }

                return true;
            });

    public static IRuleBuilderOptions<T, string> ValidName<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, IReadOnlyList<string>> ValidRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotEmpty().WithMessage("Give at least one role.")
            .Must(roles => roles is null || roles.All(r => BuildingBlocks.Domain.TenantRoles.All.Contains(r)))
            .WithMessage($"Roles are drawn from: {string.Join(", ", BuildingBlocks.Domain.TenantRoles.All)}.");

    // One @, a non-empty local part without spaces, and a dotted domain of letters, digits and hyphens.
    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || at > 64)
        {
            return false;
        }

        var local = email[..at];
        var domain = email[(at + 1)..];
        return !local.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or ':' or '\\' or '"' or '[' or ']')
               && domain.Contains('.')
               && domain.Split('.').All(label => label.Length is > 0 and <= 63
                                                 && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c > 127)
                                                 && label[0] != '-' && label[^1] != '-');
    }
}
