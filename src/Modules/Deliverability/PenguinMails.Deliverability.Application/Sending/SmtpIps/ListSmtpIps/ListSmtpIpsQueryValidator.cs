using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.Sending.SmtpIps.ListSmtpIps;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.SmtpIps.ListSmtpIps;

internal sealed class ListSmtpIpsQueryValidator : AbstractValidator<ListSmtpIpsQuery>
{
    public ListSmtpIpsQueryValidator()
    {
        RuleFor(q => q.Status).OneOf(SmtpIpStatus.Names);
    }
}
