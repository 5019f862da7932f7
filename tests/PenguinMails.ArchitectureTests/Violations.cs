using FluentValidation;
using MediatR;

// Deliberate rule breakers for RuleSelfTests. Nothing outside this test assembly sees them.
namespace PenguinMails.ArchitectureTests.Violations;

public sealed record ViolationQuery : IRequest<int>;

public sealed class PublicHandler : IRequestHandler<ViolationQuery, int>
{
    public Task<int> Handle(ViolationQuery request, CancellationToken cancellationToken) => Task.FromResult(0);
}

public sealed class PublicValidator : AbstractValidator<ViolationQuery>;

public sealed class PublicRepository;

public sealed record DomainEventUsingMediatR : INotification;
