using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Tags.UpdateTag;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Tags.UpdateTag;

internal sealed class UpdateTagCommandValidator : PatchValidator<UpdateTagCommand>
{
    public UpdateTagCommandValidator()
    {
        RuleForPatch(c => c.Value, r => r.TrimmedName(Tag.MaxValueLength));
        RuleForPatch(c => c.Name, r => r.MaximumLength(Tag.MaxNameLength));
        RuleForPatch(c => c.Description, r => r.MaximumLength(Tag.MaxDescriptionLength));
    }
}
