using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Flags.DeleteFlag;

[RequiresStaffPermission(StaffPermissionNames.FlagsManage)]
public sealed record DeleteFlagCommand(string Key) : ICommand<Unit>;

internal sealed class DeleteFlagCommandHandler(IFeatureFlagRepository flags) : IRequestHandler<DeleteFlagCommand, Unit>
{
    public async Task<Unit> Handle(DeleteFlagCommand request, CancellationToken cancellationToken)
    {
        flags.Remove(await flags.GetAsync(request.Key, cancellationToken) ?? throw new NotFoundException($"No feature flag '{request.Key}'."));
        return Unit.Value;
    }
}
