using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Identity.Contracts.Me.UpdateMe;
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
        RuleForPatch(c => c.Picture, r => r.HttpsUrl(MaxPictureLength));
    }
}
