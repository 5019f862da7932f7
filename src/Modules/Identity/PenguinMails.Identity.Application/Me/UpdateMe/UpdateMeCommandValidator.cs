using FluentValidation;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Me.UpdateMe;

internal sealed class UpdateMeCommandValidator : AbstractValidator<UpdateMeCommand>
{
    public const int MaxPictureLength = 2048;

    public UpdateMeCommandValidator()
    {
        RuleFor(c => c.Name!).ValidName(User.MaxNameLength).When(c => c.Name is not null);
        RuleFor(c => c.GivenName!).ValidName(User.MaxNameLength).When(c => c.GivenName is not null);
        RuleFor(c => c.FamilyName!).ValidName(User.MaxNameLength).When(c => c.FamilyName is not null);
        RuleFor(c => c.Picture!)
            .MaximumLength(MaxPictureLength)
            .Must(p => Uri.TryCreate(p, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            .WithMessage("'Picture' must be an absolute https URL.")
            .When(c => c.Picture is not null);
    }
}
