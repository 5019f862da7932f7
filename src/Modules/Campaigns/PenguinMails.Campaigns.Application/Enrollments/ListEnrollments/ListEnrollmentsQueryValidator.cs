using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Enrollments.ListEnrollments;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Enrollments.ListEnrollments;

internal sealed class ListEnrollmentsQueryValidator : AbstractValidator<ListEnrollmentsQuery>
{
    public ListEnrollmentsQueryValidator()
    {
        RuleFor(q => q.Status).OneOf(EnrollmentStatus.Names);
    }
}
