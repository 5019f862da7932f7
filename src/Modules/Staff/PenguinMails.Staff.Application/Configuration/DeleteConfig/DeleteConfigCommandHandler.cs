using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Staff.Contracts.Configuration.DeleteConfig;

namespace PenguinMails.Staff.Application.Configuration.DeleteConfig;

internal sealed class DeleteConfigCommandHandler(ISystemConfigRepository configs, ConfigCache cache) : IRequestHandler<DeleteConfigCommand, Unit>
{
    public async Task<Unit> Handle(DeleteConfigCommand request, CancellationToken cancellationToken)
    {
        configs.Remove(await configs.GetAsync(request.Key, cancellationToken) ?? throw new NotFoundException($"No configuration entry '{request.Key}'."));
        cache.Forget(request.Key);
        return Unit.Value;
    }
}
