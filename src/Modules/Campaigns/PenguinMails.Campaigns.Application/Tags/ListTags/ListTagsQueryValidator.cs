using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Application.Folders;

namespace PenguinMails.Campaigns.Application.Tags.ListTags;

internal sealed class ListTagsQueryValidator : AbstractValidator<ListTagsQuery>
{
    public ListTagsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(IdCursor.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
    }
}
