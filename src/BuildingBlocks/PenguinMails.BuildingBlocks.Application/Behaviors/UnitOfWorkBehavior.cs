using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Persistence;

namespace PenguinMails.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Wraps the outermost command in one transaction: every module it reaches in-process writes through it,
/// domain events are dispatched inside it, and nothing is committed unless the whole command succeeds. A command
/// that waits on the outside world (<see cref="IOutsideUnitOfWork"/>) runs without one.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand || request is IOutsideUnitOfWork || unitOfWork.IsActive)
        {
            return await next();
        }

        return await unitOfWork.InTransactionAsync(() => next(), cancellationToken);
    }
}
