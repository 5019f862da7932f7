using FluentValidation;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.ApiKeys;

/// <summary>A key (shown once, in <c>token</c>) for a tenant whose plan has API access (403 otherwise).</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record CreateApiKeyCommand(string Name, IReadOnlyList<string> Scopes, DateTimeOffset? Expires = null) : ICommand<CreatedApiKeyDto>;

/// <summary>The tenant's keys, oldest first, revoked ones included; never their secrets.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ListApiKeysQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<ApiKeyDto>>;

/// <summary>Revokes the key at once; the next request with it is 401.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record RevokeApiKeyCommand(Guid Id) : ICommand<Unit>;

/// <summary>A key as the API shows it: <c>prefix</c> identifies it; the secret is never shown again.</summary>
public sealed record ApiKeyDto(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset? Expires, DateTimeOffset? LastUsed,
    DateTimeOffset? Revoked, Guid? CreatedBy, DateTimeOffset Created);

public sealed record CreatedApiKeyDto(ApiKeyDto Key, string Token);

internal interface IApiKeyRepository : IRepository<ApiKey>
{
    Task<ApiKey?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<List<ApiKey>> ListAsync(DateTimeOffset? afterCreated, Guid? afterId, int take, CancellationToken cancellationToken);

    /// <summary>The current tenant's keys the user created that still work (not revoked), tracked for change.</summary>
    Task<List<ApiKey>> ListUnrevokedCreatedByAsync(Guid userId, CancellationToken cancellationToken);
}

internal sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).NotEmpty().Must(n => n is null || n.Trim().Length is > 0 and <= ApiKey.MaxNameLength)
            .WithMessage($"'{{PropertyName}}' has 1 to {ApiKey.MaxNameLength} characters.");
        RuleFor(c => c.Scopes).NotEmpty()
            .Must(s => s is null || s.All(ApiScopes.All.Contains)).WithMessage($"'{{PropertyName}}' are drawn from: {string.Join(", ", ApiScopes.All)}.");
        RuleFor(c => c.Expires).Must(e => e is null || e > clock.GetUtcNow()).WithMessage("'{PropertyName}' is in the future.");
    }
}

internal sealed class ListApiKeysQueryValidator : AbstractValidator<ListApiKeysQuery>
{
    public ListApiKeysQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
    }
}

internal sealed class ApiKeyHandlers(ICurrentTenant current, ICurrentUser user, IApiKeyRepository keys, IMediator mediator, TimeProvider clock) :
    IRequestHandler<CreateApiKeyCommand, CreatedApiKeyDto>,
    IRequestHandler<ListApiKeysQuery, CursorPage<ApiKeyDto>>,
    IRequestHandler<RevokeApiKeyCommand, Unit>
{
    public async Task<CreatedApiKeyDto> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        if (!(await mediator.Send(new GetEntitlementsQuery(), cancellationToken)).ApiAccess)
        {
            throw new ForbiddenException(ApiKeyProblems.NoApiAccess, ApiKeyProblems.NoApiAccessMessage);
        }

        var (key, token) = ApiKey.Issue(current.RequireTenantId(), request.Name, request.Scopes, request.Expires, user.UserId, clock.GetUtcNow());
        keys.Add(key);
        return new CreatedApiKeyDto(ToDto(key), token);
    }

    public async Task<CursorPage<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken)
    {
        var after = CreatedPosition.Decode(request.Cursor);
        var rows = await keys.ListAsync(after?.Created, after?.Id, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, ToDto, k => new CreatedPosition(k.Created, k.Id).Encode());
    }

    public async Task<Unit> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("API key", request.Id);
        key.Revoke(clock.GetUtcNow());
        return Unit.Value;
    }

    private static ApiKeyDto ToDto(ApiKey k) =>
        new(k.Id, k.Name, $"{ApiKey.TokenPrefix}{k.Id:N}"[..11], k.Scopes, k.Expires, k.LastUsed, k.Revoked, k.CreatedBy, k.Created);
}

public static class ApiKeyProblems
{
    public const string NoApiAccess = "api-access-not-in-plan";
    public const string NoApiAccessMessage = "The tenant's plan does not include API access; upgrade to use API keys.";
}
