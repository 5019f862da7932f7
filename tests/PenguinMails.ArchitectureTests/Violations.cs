using FluentValidation;
using MediatR;

// Deliberate rule breakers for RuleSelfTests. Nothing outside this test assembly sees them.
namespace PenguinMails.ArchitectureTests.Violations
{
    public sealed record ViolationQuery : IRequest<int>;

    public sealed record OtherViolationQuery : IRequest<int>;

    /// <summary>A request nothing handles: sending it would fail at run time.</summary>
    public sealed record UnhandledQuery : IRequest<int>;

    /// <summary>A list request that does not say it pages: its limit and cursor would go unchecked.</summary>
    public sealed record UnpagedListQuery(int Limit, string? Cursor) : IRequest<int>;

    public sealed class PublicHandler : IRequestHandler<ViolationQuery, int>
    {
        public Task<int> Handle(ViolationQuery request, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    /// <summary>Two requests in one class: the shape the use-case rule forbids.</summary>
    internal sealed class TwoRequestsHandler : IRequestHandler<ViolationQuery, int>, IRequestHandler<OtherViolationQuery, int>
    {
        public Task<int> Handle(ViolationQuery request, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<int> Handle(OtherViolationQuery request, CancellationToken cancellationToken) => Task.FromResult(1);
    }

    public sealed class PublicValidator : AbstractValidator<ViolationQuery>;

    public sealed class PublicRepository;

    public interface IPublicRepository;

    public sealed record DomainEventUsingMediatR : INotification;

    /// <summary>Domain code calling out over HTTP.</summary>
    public sealed class DomainCallingHttp
    {
        public HttpClient Client { get; } = new();
    }

    /// <summary>An Application handler reading the HTTP request.</summary>
    public sealed class HandlerReadingHttp(Microsoft.AspNetCore.Http.IHttpContextAccessor http)
    {
        public string? Path => http.HttpContext?.Request.Path;
    }

    /// <summary>An endpoint changing an aggregate itself instead of sending a request.</summary>
    internal static class EndpointChangingAnAggregate
    {
        public static void Rename(PenguinMails.Campaigns.Domain.Folder folder) => folder.Rename("renamed", DateTimeOffset.UtcNow);
    }

    public sealed record WidgetDto(string Name);

    /// <summary>Entity-to-DTO by hand, twin of a mapping: what Mapster's declarations replace.</summary>
    internal static class HandWrittenMapping
    {
        public static WidgetDto ToDto(this string name) => new(name);

        public static IReadOnlyList<WidgetDto> ToDtos(this IEnumerable<string> names) => [.. names.Select(n => new WidgetDto(n))];
    }

    /// <summary>Another module's port, injected (Identity's password hasher, in "Staff").</summary>
    internal sealed class UsingAnotherModulesPort(PenguinMails.Identity.Application.Ports.IPasswordHasher hasher)
    {
        public string Hash(string password) => hasher.Hash(password);
    }
}

// The shape the use-case rule asks for: it must not flag this.
namespace PenguinMails.ArchitectureTests.Violations.WellShaped
{
    public sealed record WellShapedQuery : IRequest<int>;

    internal sealed class WellShapedQueryHandler : IRequestHandler<WellShapedQuery, int>
    {
        public Task<int> Handle(WellShapedQuery request, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    internal sealed class WellShapedQueryValidator : AbstractValidator<WellShapedQuery>;
}
