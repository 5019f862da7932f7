using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application;

/// <summary>The input rules every Identity use case shares.</summary>
internal static class IdentityValidation
{
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().EmailAddressOrNull();

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
}
