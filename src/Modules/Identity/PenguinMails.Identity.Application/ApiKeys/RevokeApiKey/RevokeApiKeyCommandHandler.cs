using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Identity.Contracts.ApiKeys.RevokeApiKey;

namespace PenguinMails.Identity.Application.ApiKeys.RevokeApiKey;

internal sealed class RevokeApiKeyCommandHandler(IApiKeyRepository keys, TimeProvider clock) : IRequestHandler<RevokeApiKeyCommand, Unit>
{
    public async Task<Unit> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("API key", request.Id);
        key.Revoke(clock.GetUtcNow());
        return Unit.Value;
    }
}
