using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Me.UpdateMe;

internal sealed class UpdateMeCommandValidator : PatchValidator<UpdateMeCommand>
{
    public const int MaxPictureLength = 2048;

    public UpdateMeCommandValidator()
    {
        RuleForPatch(c => c.Name, r => r.ValidName(User.MaxNameLength));
        RuleForPatch(c => c.GivenName, r => r.MaximumLength(User.MaxNameLength));
        RuleForPatch(c => c.FamilyName, r => r.MaximumLength(User.MaxNameLength));
        RuleForPatch(c => c.Picture, r => r
            .MaximumLength(MaxPictureLength)
            .Must(p => p is null || (Uri.TryCreate(p, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            .WithMessage("'Picture' must be an absolute https URL."));
    }
}
