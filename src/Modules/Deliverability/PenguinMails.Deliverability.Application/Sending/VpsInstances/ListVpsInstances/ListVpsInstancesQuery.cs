using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Application.Contracts;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.VpsInstances.ListVpsInstances;

/// <summary>Every VPS instance, oldest first; ?status=.</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record ListVpsInstancesQuery(int Limit = PageLimits.Default, string? Cursor = null, string? Status = null) : IQuery<CursorPage<VpsInstanceDto>>;

internal sealed class ListVpsInstancesQueryValidator : AbstractValidator<ListVpsInstancesQuery>
{
    public ListVpsInstancesQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
        RuleFor(q => q.Status).OneOf(VpsInstance.Transitions.States);
    }
}

internal sealed class ListVpsInstancesQueryHandler(IVpsInstanceRepository instances) : IRequestHandler<ListVpsInstancesQuery, CursorPage<VpsInstanceDto>>
{
    public async Task<CursorPage<VpsInstanceDto>> Handle(ListVpsInstancesQuery request, CancellationToken cancellationToken)
    {
        var after = CreatedPosition.Decode(request.Cursor);
        var rows = await instances.ListAsync(request.Status, after?.Created, after?.Id, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, v => v.ToDto(), v => new CreatedPosition(v.Created, v.Id).Encode());
    }
}
