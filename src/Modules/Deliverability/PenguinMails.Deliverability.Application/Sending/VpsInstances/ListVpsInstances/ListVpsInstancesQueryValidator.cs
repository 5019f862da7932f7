using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.VpsInstances.ListVpsInstances;

internal sealed class ListVpsInstancesQueryValidator : AbstractValidator<ListVpsInstancesQuery>
{
    public ListVpsInstancesQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
        RuleFor(q => q.Status).OneOf(VpsInstance.Transitions.States);
    }
}
