using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Tenants.ListTenants;

/// <summary>Every tenant with its plan and usage, oldest first (support).</summary>
[RequiresStaffPermission(StaffPermissionNames.TenantsRead)]
public sealed record ListTenantsQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<TenantSummaryDto>>;

internal sealed class ListTenantsQueryValidator : AbstractValidator<ListTenantsQuery>
{
    public ListTenantsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
    }
}

internal sealed class ListTenantsQueryHandler(ITenantDirectory directory) : IRequestHandler<ListTenantsQuery, CursorPage<TenantSummaryDto>>
{
    public async Task<CursorPage<TenantSummaryDto>> Handle(ListTenantsQuery request, CancellationToken cancellationToken)
    {
        var after = CreatedPosition.Decode(request.Cursor);
        var rows = await directory.ListAsync(after?.Created, after?.Id, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, t => t, t => new CreatedPosition(t.Created, t.Id).Encode());
    }
}
