using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.Domains.ListDomains;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Application.Domains.ListDomains;

internal sealed class ListDomainsQueryValidator : AbstractValidator<ListDomainsQuery>
{
    public ListDomainsQueryValidator()
    {
        RuleFor(q => q.Status).OneOf(DomainStatus.Names);
        RuleFor(q => q.Q).MaximumLength(HostName.MaxLength);
    }
}
