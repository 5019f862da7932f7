using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.Sending.VpsInstances.ListVpsInstances;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.VpsInstances.ListVpsInstances;

internal sealed class ListVpsInstancesQueryValidator : AbstractValidator<ListVpsInstancesQuery>
{
    public ListVpsInstancesQueryValidator()
    {
        RuleFor(q => q.Status).OneOf(VpsInstanceStatus.Names);
    }
}
