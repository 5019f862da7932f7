using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Flags.ListFlags;

[RequiresStaffPermission(StaffPermissionNames.FlagsManage)]
public sealed record ListFlagsQuery : IQuery<IReadOnlyList<FeatureFlagDto>>;

internal sealed class ListFlagsQueryHandler(IFeatureFlagRepository flags) : IRequestHandler<ListFlagsQuery, IReadOnlyList<FeatureFlagDto>>
{
    public async Task<IReadOnlyList<FeatureFlagDto>> Handle(ListFlagsQuery request, CancellationToken cancellationToken) =>
        [.. (await flags.ListAsync(cancellationToken)).Select(f => f.ToDto())];
}
