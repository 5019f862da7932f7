using System.Text;
using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Campaigns.Application.Leads.ListLeads;

internal sealed class ListLeadsQueryValidator : AbstractValidator<ListLeadsQuery>
{
    public ListLeadsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => c is null || ListLeadsQuery.Decode(c) is { Length: > 0 }).WithMessage(CreatedPosition.NotIssuedMessage);
        RuleFor(q => q.Status).ValidLeadStatus();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}
