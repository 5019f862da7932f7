using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Application.Folders;

namespace PenguinMails.Campaigns.Application.Folders.ListFolders;

internal sealed class ListFoldersQueryValidator : AbstractValidator<ListFoldersQuery>
{
    public ListFoldersQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(IdCursor.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
    }
}
