using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Application.Contracts;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.SmtpIps.ListSmtpIps;

/// <summary>Every sending IP, oldest first; ?vpsInstanceId=, ?status=.</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record ListSmtpIpsQuery(int Limit = PageLimits.Default, string? Cursor = null, Guid? VpsInstanceId = null, string? Status = null)
    : IQuery<CursorPage<SmtpIpAddressDto>>;

internal sealed class ListSmtpIpsQueryValidator : AbstractValidator<ListSmtpIpsQuery>
{
    public ListSmtpIpsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
        RuleFor(q => q.Status).OneOf(SmtpIpAddress.Transitions.States);
    }
}

internal sealed class ListSmtpIpsQueryHandler(ISmtpIpRepository ips) : IRequestHandler<ListSmtpIpsQuery, CursorPage<SmtpIpAddressDto>>
{
    public async Task<CursorPage<SmtpIpAddressDto>> Handle(ListSmtpIpsQuery request, CancellationToken cancellationToken)
    {
        var after = CreatedPosition.Decode(request.Cursor);
        var rows = await ips.ListAsync(request.VpsInstanceId, request.Status, after?.Created, after?.Id, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, ip => ip.ToDto(), ip => new CreatedPosition(ip.Created, ip.Id).Encode());
    }
}
