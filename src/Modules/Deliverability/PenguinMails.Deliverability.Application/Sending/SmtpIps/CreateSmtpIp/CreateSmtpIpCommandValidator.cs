using FluentValidation;
using PenguinMails.Deliverability.Contracts.Sending.SmtpIps.CreateSmtpIp;

namespace PenguinMails.Deliverability.Application.Sending.SmtpIps.CreateSmtpIp;

internal sealed class CreateSmtpIpCommandValidator : AbstractValidator<CreateSmtpIpCommand>
{
    public CreateSmtpIpCommandValidator()
    {
        RuleFor(c => c.VpsInstanceId).NotEmpty();
        RuleFor(c => c.IpAddress).NotEmpty().ValidIpAddress();
        RuleFor(c => c.ApproximateCost).ValidMoney(9_999.99m);
    }
}
