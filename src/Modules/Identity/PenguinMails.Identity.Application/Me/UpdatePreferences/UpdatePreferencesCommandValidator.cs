using System.Text.RegularExpressions;
using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Identity.Contracts.Me.UpdatePreferences;

namespace PenguinMails.Identity.Application.Me.UpdatePreferences;

internal sealed partial class UpdatePreferencesCommandValidator : AbstractValidator<UpdatePreferencesCommand>
{
    public static readonly IReadOnlyList<string> Themes = ["light", "dark", "system"];

    public UpdatePreferencesCommandValidator()
    {
        RuleFor(c => c.Theme).OneOf(Themes);
        RuleFor(c => c.Language!).MaximumLength(10).Must(IsLanguageTag).WithMessage("'Language' must be a language tag such as en or pt-BR.").When(c => c.Language is not null);
        RuleFor(c => c.Timezone!).MaximumLength(100).Must(IsIanaTimeZone).WithMessage("'Timezone' must be an IANA time zone such as Europe/Berlin.").When(c => c.Timezone is not null);
    }

    internal static bool IsIanaTimeZone(string zone) =>
        zone.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && found.HasIanaId;

    // A BCP 47 language tag of the common shape: language, optional script, optional region ("en", "pt-BR",
    // "zh-Hant-TW"). Checked by pattern: the service runs with invariant globalization, so no culture data.
    private static bool IsLanguageTag(string tag) => LanguageTag().IsMatch(tag);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$", RegexOptions.None, 100)]
    private static partial Regex LanguageTag();
}
