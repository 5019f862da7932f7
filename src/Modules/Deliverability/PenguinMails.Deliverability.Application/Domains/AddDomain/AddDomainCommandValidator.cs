using FluentValidation;
using PenguinMails.Deliverability.Contracts.Domains.AddDomain;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Application.Domains.AddDomain;

internal sealed class AddDomainCommandValidator : AbstractValidator<AddDomainCommand>
{
    public AddDomainCommandValidator()
    {
        RuleFor(c => c.Domain).NotNull().Custom((name, context) =>
        {
            if (name is not null && HostName.Normalize(name, out var problem) is null)
            {
                context.AddFailure(problem);
            }
        });
        RuleFor(c => c.CompanyId).NotEmpty();
    }
}
