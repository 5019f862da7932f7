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

    /// <summary>Saves every module's changes now, inside the transaction: later statements can then rely on those rows.</summary>
    Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> once the transaction has committed, and never if it rolls back: how a command
    /// sends messages (e-mails, notifications) about state that must exist first. Outside a unit of work it runs at once.
    /// </summary>
    Task OnCommittedAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken);
}
