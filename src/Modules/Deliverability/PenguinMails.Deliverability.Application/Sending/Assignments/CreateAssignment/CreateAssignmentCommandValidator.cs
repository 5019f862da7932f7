using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.CreateAssignment;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.Assignments.CreateAssignment;

internal sealed class CreateAssignmentCommandValidator : AbstractValidator<CreateAssignmentCommand>
{
    public CreateAssignmentCommandValidator()
    {
        RuleFor(c => c.DomainId).NotEmpty();
        RuleFor(c => c.SmtpIpAddressId).NotEmpty();
        RuleFor(c => c.Status).NotEmpty().OneOf(AssignmentStatus.InitialNames);
    }
}
