using Microsoft.EntityFrameworkCore;
using Npgsql;
using PenguinMails.BuildingBlocks.Application.Errors;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// What PostgreSQL's refusals mean to a client. Handlers check the common cases first and answer in domain words;
/// this is the backstop for races (two requests claiming one unique value) and for an unreachable database.
/// Messages never carry row values: PostgreSQL's DETAIL (which may) is not used.
/// </summary>
internal sealed class DatabaseExceptionTranslator(IEnumerable<UniqueConstraintConflict> conflicts) : IExceptionTranslator
{
    private readonly Dictionary<string, UniqueConstraintConflict> _conflicts = conflicts.ToDictionary(c => c.Constraint, StringComparer.Ordinal);

    public Exception? Translate(Exception exception) => exception switch
    {
        DbUpdateException { InnerException: { } inner } => Translate(inner),
        PostgresException postgres => TranslatePostgres(postgres),
        NpgsqlException or TimeoutException => Unavailable(exception),
        // Npgsql refusing a connection the server closed under the request (an outage mid-request): not the caller's doing.
        InvalidOperationException or ObjectDisposedException when exception.Source == "Npgsql" => Unavailable(exception),
        // Wrappers (EF's "likely due to a transient failure", aggregates): what they wrap decides.
        { InnerException: { } inner } => Translate(inner),
        _ => null,
    };

    private static ServiceUnavailableException Unavailable(Exception exception) => new("The database is unavailable. Try again shortly.", exception);

    private Exception? TranslatePostgres(PostgresException e) => e.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation when e.ConstraintName is { } name && _conflicts.TryGetValue(name, out var known) =>
            new ConflictException(known.Code, known.Message),
        PostgresErrorCodes.UniqueViolation => new ConflictException("already-exists", "A resource with the same unique value already exists.",
            new Dictionary<string, object?> { ["constraint"] = e.ConstraintName }),
        PostgresErrorCodes.ForeignKeyViolation => new ConflictException("reference-conflict", "A referenced resource does not exist, or is still referenced."),
        // A write that row-level security refused: a row of another tenant. Reported like a missing row.
        PostgresErrorCodes.InsufficientPrivilege => new NotFoundException("The resource was not found.")
        {
            RefusedByRowSecurity = e.MessageText.Contains("row-level security", StringComparison.Ordinal),
        },
        PostgresErrorCodes.CheckViolation or PostgresErrorCodes.NotNullViolation or PostgresErrorCodes.StringDataRightTruncation
            or PostgresErrorCodes.InvalidTextRepresentation or PostgresErrorCodes.NumericValueOutOfRange =>
            new RequestValidationException(new Dictionary<string, string[]>
            {
                [e.ColumnName is { } column ? SnakeToCamel(column) : "body"] = ["The value is not accepted."],
            }),
        // PostgreSQL text cannot hold U+0000; JSON can carry it. Whatever field it came in, nothing was stored.
        PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter =>
            new RequestValidationException(new Dictionary<string, string[]> { ["body"] = ["Text may not contain the NUL character (\\u0000)."] }),
        PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected =>
            new ConflictException("concurrent-update", "The resource was changed by another request at the same time. Retry."),
        _ when e.SqlState.StartsWith("08", StringComparison.Ordinal) || e.SqlState.StartsWith("53", StringComparison.Ordinal)
               || e.SqlState.StartsWith("57P", StringComparison.Ordinal) || e.SqlState == PostgresErrorCodes.QueryCanceled =>
            Unavailable(e),
        _ => null,
    };

    // The API names fields as the columns in camelCase: billing_email -> billingEmail.
    private static string SnakeToCamel(string column)
    {
        var parts = column.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
    }
}
