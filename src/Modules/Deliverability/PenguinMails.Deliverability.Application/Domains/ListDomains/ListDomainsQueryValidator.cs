using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Application.Domains.ListDomains;

internal sealed class ListDomainsQueryValidator : AbstractValidator<ListDomainsQuery>
{
    public ListDomainsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
        RuleFor(q => q.Status).OneOf(DomainStatus.All);
        RuleFor(q => q.Q).MaximumLength(HostName.MaxLength);
    }
}
