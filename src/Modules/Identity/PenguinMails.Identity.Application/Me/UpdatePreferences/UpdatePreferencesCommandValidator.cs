using System.Globalization;
using FluentValidation;

namespace PenguinMails.Identity.Application.Me.UpdatePreferences;

internal sealed class UpdatePreferencesCommandValidator : AbstractValidator<UpdatePreferencesCommand>
{
    public static readonly IReadOnlyList<string> Themes = ["light", "dark", "system"];

    public UpdatePreferencesCommandValidator()
    {
        RuleFor(c => c.Theme).Must(t => Themes.Contains(t!)).WithMessage($"'Theme' is one of: {string.Join(", ", Themes)}.").When(c => c.Theme is not null);
        RuleFor(c => c.Language!).MaximumLength(10).Must(IsLanguageTag).WithMessage("'Language' must be a language tag such as en or pt-BR.").When(c => c.Language is not null);
        RuleFor(c => c.Timezone!).MaximumLength(100).Must(IsIanaTimeZone).WithMessage("'Timezone' must be an IANA time zone such as Europe/Berlin.").When(c => c.Timezone is not null);
    }

    internal static bool IsIanaTimeZone(string zone) =>
        zone.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && found.HasIanaId;

    private static bool IsLanguageTag(string tag)
    {
        if (tag.Length is < 2 or > 10 || !tag.All(c => char.IsAsciiLetter(c) || c == '-'))
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
