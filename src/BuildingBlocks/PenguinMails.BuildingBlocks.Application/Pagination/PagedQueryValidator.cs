using FluentValidation;

namespace PenguinMails.BuildingBlocks.Application.Pagination;

/// <summary>The page rules of every list, registered once for all <see cref="IPagedQuery"/> requests.</summary>
internal sealed class PagedQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : IPagedQuery
{
    public PagedQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must((query, cursor) => cursor is null || query.IsIssuedCursor(cursor)).WithMessage(CreatedPosition.NotIssuedMessage);
    }
}
