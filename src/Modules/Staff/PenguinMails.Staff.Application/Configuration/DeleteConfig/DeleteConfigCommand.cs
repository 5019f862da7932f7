using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Configuration.DeleteConfig;

[RequiresStaffPermission(StaffPermissionNames.ConfigManage)]
public sealed record DeleteConfigCommand(string Key) : ICommand<Unit>, ISecurityIncidentCommand<Unit>
{
    public SecurityIncident DescribeIncident(Unit response) => new("config_deleted", Key);
}

internal sealed class DeleteConfigCommandHandler(ISystemConfigRepository configs, ConfigCache cache) : IRequestHandler<DeleteConfigCommand, Unit>
{
    public async Task<Unit> Handle(DeleteConfigCommand request, CancellationToken cancellationToken)
    {
        configs.Remove(await configs.GetAsync(request.Key, cancellationToken) ?? throw new NotFoundException($"No configuration entry '{request.Key}'."));
        cache.Forget(request.Key);
        return Unit.Value;
    }
}
