using System.Globalization;
using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Deliverability.Application.Contracts;

namespace PenguinMails.Deliverability.Application.Sending.Costs;

/// <summary>What the sending infrastructure cost in a month (<c>yyyy-MM</c>, UTC; the current month when absent), and each tenant's share.</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record GetInfrastructureCostsQuery(string? Month = null) : IQuery<CostReportDto>
{
    public const string Format = "yyyy-MM";

    // The month after it must exist too: 9999-12 has none in the calendar.
    internal static bool TryParseMonth(string? month, out DateTimeOffset start) =>
        DateTimeOffset.TryParseExact(month, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out start)
        && start.Year < DateTimeOffset.MaxValue.Year;
}

internal sealed class GetInfrastructureCostsQueryValidator : AbstractValidator<GetInfrastructureCostsQuery>
{
    public GetInfrastructureCostsQueryValidator() =>
        RuleFor(q => q.Month).Must(m => m is null || GetInfrastructureCostsQuery.TryParseMonth(m, out _))
            .WithMessage($"'{{PropertyName}}' is a month as {GetInfrastructureCostsQuery.Format}, such as 2026-11.");
}

internal sealed class GetInfrastructureCostsQueryHandler(IDomainIpAssignmentRepository assignments, TimeProvider clock) : IRequestHandler<GetInfrastructureCostsQuery, CostReportDto>
{
    public Task<CostReportDto> Handle(GetInfrastructureCostsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var start = GetInfrastructureCostsQuery.TryParseMonth(request.Month, out var given) ? given : new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return assignments.CostsAsync(start, start.AddMonths(1), cancellationToken);
    }
}
