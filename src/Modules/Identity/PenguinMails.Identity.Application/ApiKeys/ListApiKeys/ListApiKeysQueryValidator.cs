using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Identity.Application.ApiKeys.ListApiKeys;

internal sealed class ListApiKeysQueryValidator : AbstractValidator<ListApiKeysQuery>
{
    public ListApiKeysQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
    }
}
