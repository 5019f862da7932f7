using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Contracts.ApiKeys;
using PenguinMails.Identity.Contracts.ApiKeys.CreateApiKey;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyCommandHandler(ICurrentTenant current, ICurrentUser user, IApiKeyRepository keys, IMediator mediator, TimeProvider clock, IMapper mapper) : IRequestHandler<CreateApiKeyCommand, CreatedApiKeyDto>
{
    public async Task<CreatedApiKeyDto> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        if (!(await mediator.Send(new GetEntitlementsQuery(), cancellationToken)).ApiAccess)
        {
            throw new ForbiddenException(ApiKeyProblems.NoApiAccess, ApiKeyProblems.NoApiAccessMessage);
        }

        var (key, token) = ApiKey.Issue(current.RequireTenantId(), request.Name, request.Scopes, request.Expires, user.UserId, clock.GetUtcNow());
        keys.Add(key);
        return new CreatedApiKeyDto(mapper.Map<ApiKeyDto>(key), token);
    }
}
