using System.Text.RegularExpressions;
using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Configuration.UpdateTenantConfig;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Configuration.UpdateTenantConfig;

internal sealed partial class UpdateTenantConfigCommandValidator : PatchValidator<UpdateTenantConfigCommand>
{
    public UpdateTenantConfigCommandValidator()
    {
        RuleForPatch(c => c.BillingEmail, r => r.EmailAddressOrNull());
        RuleForPatch(c => c.BillingAddress, r => r.SetValidator(new BillingAddressValidator()!));
        RuleForPatch(c => c.ThemePrimaryColor, r => r.Must(c => c is null || HexColour().IsMatch(c)).WithMessage("'{PropertyName}' is a colour as #RRGGBB."));
        RuleForPatch(c => c.ThemeLogoUrl, r => r.HttpsUrl(WorkspaceValidation.MaxUrlLength));
        RuleForPatch(c => c.ThemeFaviconUrl, r => r.HttpsUrl(WorkspaceValidation.MaxUrlLength));
        RuleForPatch(c => c.UiDateFormat, r => r.OneOf(UiDateFormats.All));
        RuleForPatch(c => c.UiTimezone, r => r.MaximumLength(50)
            .Must(zone => zone is null || (TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && found.HasIanaId))
            .WithMessage("'{PropertyName}' must be an IANA time zone such as Europe/Berlin."));
        RuleForPatch(c => c.StripeCustomerId, r => r.Must(_ => false).WithMessage("The Stripe customer id is managed by Billing and cannot be set here."));
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$", RegexOptions.None, 100)]
    private static partial Regex HexColour();

    private sealed class BillingAddressValidator : AbstractValidator<BillingAddressDto>
    {
        public BillingAddressValidator()
        {
            RuleFor(a => a.Line1).NotEmpty().MaximumLength(200);
            RuleFor(a => a.Line2).MaximumLength(200);
            RuleFor(a => a.City).NotEmpty().MaximumLength(100);
            RuleFor(a => a.Region).MaximumLength(100);
            RuleFor(a => a.PostalCode).NotEmpty().MaximumLength(20);
            RuleFor(a => a.Country).NotEmpty().Must(c => c is null || CountryCodes.IsAssigned(c))
                .WithMessage("'{PropertyName}' is an ISO 3166-1 alpha-2 code in capitals, such as DE or US.");
        }
    }
}
