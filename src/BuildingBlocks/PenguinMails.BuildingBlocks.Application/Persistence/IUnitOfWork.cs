namespace PenguinMails.BuildingBlocks.Application.Persistence;

/// <summary>
/// The transaction of one command, shared by every module the command reaches in-process. The outermost
/// command begins and commits it; nested commands join it. Domain events are dispatched before commit.
/// </summary>
public interface IUnitOfWork
{
    bool IsActive { get; }

    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Saves every module's changes, dispatches their domain events, then commits.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);
}
