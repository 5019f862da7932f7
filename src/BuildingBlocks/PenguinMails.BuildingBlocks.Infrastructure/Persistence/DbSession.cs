using System.Data;
using System.Data.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PenguinMails.BuildingBlocks.Application.Events;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.BuildingBlocks.Infrastructure.Observability;
using PenguinMails.BuildingBlocks.Infrastructure.Rls;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// One database connection per scope (request), shared by every module's DbContext, and the unit of work
/// over it. A command's transaction therefore spans every module it reaches in-process: sign-up writes
/// Identity, Workspace and Billing rows and commits them together or not at all.
/// </summary>
public sealed class DbSession(NpgsqlDataSource dataSource, SessionRole role, ICurrentTenant tenant, ICurrentUser user, IServiceProvider services)
    : IUnitOfWork, ITenantLocks, IAsyncDisposable
{
    // Events may raise further events; a chain this long is a bug, not a workflow.
    private const int MaxDispatchRounds = 10;

    private readonly List<DbContext> _contexts = [];
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;

    public DbConnection Connection => _connection ??= CreateConnection();

    public bool IsActive => _transaction is not null;

    private NpgsqlConnection CreateConnection()
    {
        var source = role.IsPlatform
            ? services.GetService<PlatformDataSource>()?.DataSource
              ?? throw new InvalidOperationException($"ConnectionStrings:{InfrastructureServiceCollectionExtensions.PlatformConnectionName} is not configured; platform work cannot run.")
            : dataSource;
        var connection = source.CreateConnection();
        services.GetService<ConnectionLeakTracker>()?.Watch(connection, InfrastructureServiceCollectionExtensions.PoolName(role.IsPlatform ? "platform" : "api", connection.Database));
        return connection;
    }

    /// <summary>The open transaction, for work done in SQL beside the module contexts (the secret store).</summary>
    internal NpgsqlTransaction Transaction => _transaction ?? throw new InvalidOperationException("No unit of work is active.");

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A unit of work is already active in this scope.");
        }

        var connection = (NpgsqlConnection)Connection;
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        _transaction = await connection.BeginTransactionAsync(cancellationToken);
        await TenantContextSql.ApplyAsync(connection, _transaction, tenant.TenantId, user.UserId, cancellationToken);
        foreach (var context in _contexts)
        {
            await context.Database.UseTransactionAsync(_transaction, cancellationToken);
        }
    }

    /// <summary>Sets the caller's current tenant and user on the open transaction, after the command changed whom it acts as.</summary>
    internal async Task ReapplyContextAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await TenantContextSql.ApplyAsync(_transaction.Connection!, _transaction, tenant.TenantId, user.UserId, cancellationToken);
        }
    }

    public async Task LockAsync(string resource, CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("A tenant lock lives in a unit of work; none is active.");
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("A tenant lock needs a current tenant.");
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(hashtext(@tenant), hashtext(@resource))";
        command.Parameters.AddWithValue("tenant", tenantId.ToString());
        command.Parameters.AddWithValue("resource", resource);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("No unit of work is active.");
        await SaveAndDispatchAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var committed = _afterCommit.ToArray();
        await EndAsync();
        foreach (var action in committed)
        {
            await action(cancellationToken);
        }
    }

    public Task FlushAsync(CancellationToken cancellationToken) =>
        _transaction is null
            ? throw new InvalidOperationException("No unit of work is active.")
            : SaveAndDispatchAsync(cancellationToken);

    public Task OnCommittedAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            return action(cancellationToken);
        }

        _afterCommit.Add(action);
        return Task.CompletedTask;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            return;
        }

        try
        {
            await _transaction.RollbackAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            // The connection broke; PostgreSQL has rolled the transaction back already.
        }

        await EndAsync();

        // Whatever failed may have been a statement PostgreSQL refused, by EF Core or by SQL of a module's own; a
        // rollback is rare enough to put the connection right every time rather than track which it was.
        PreparedStatements.Discard(_connection);
    }

    public async ValueTask DisposeAsync()
    {
        await EndAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    internal void Enlist(DbContext context)
    {
        _contexts.Add(context);
        if (_transaction is not null)
        {
            context.Database.UseTransaction(_transaction);
        }
    }

    /// <summary>
    /// Domain events are dispatched before SaveChanges, inside the transaction (ADR 0007): handlers' own changes
    /// are saved in the same pass and commit, or roll back, with the command.
    /// </summary>
    private async Task SaveAndDispatchAsync(CancellationToken cancellationToken)
    {
        var mediator = services.GetRequiredService<IMediator>();
        for (var round = 0; round < MaxDispatchRounds; round++)
        {
            var events = _contexts.ToArray()
                .SelectMany(c => c.ChangeTracker.Entries<Entity>())
                .SelectMany(entry =>
                {
                    var raised = entry.Entity.DomainEvents.ToArray();
                    entry.Entity.ClearDomainEvents();
                    return raised;
                })
                .ToArray();

            foreach (var domainEvent in events)
            {
                var notification = (INotification)Activator.CreateInstance(
                    typeof(DomainEventNotification<>).MakeGenericType(domainEvent.GetType()), domainEvent)!;
                await mediator.Publish(notification, cancellationToken);
            }

            foreach (var context in _contexts.ToArray())
            {
                await context.SaveChangesAsync(cancellationToken);
            }

            if (events.Length == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException($"Domain events were still being raised after {MaxDispatchRounds} rounds.");
    }

    private async Task EndAsync()
    {
        _afterCommit.Clear();
        if (_transaction is null)
        {
            return;
        }

        await _transaction.DisposeAsync();
        _transaction = null;
        foreach (var context in _contexts)
        {
            await context.Database.UseTransactionAsync(null);
        }
    }
}
