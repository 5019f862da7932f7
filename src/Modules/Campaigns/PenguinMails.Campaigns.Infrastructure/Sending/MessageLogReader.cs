using Npgsql;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Application.Sending;
using PenguinMails.Campaigns.Contracts;

namespace PenguinMails.Campaigns.Infrastructure.Sending;

/// <summary>Reads the Content Database as the API's role, with the caller's tenant set for the one transaction, as every request's reads are.</summary>
internal sealed class MessageLogReader(ContentDatabase content, ICurrentTenant tenant, ICurrentUser user) : IMessageLogReader
{
    public async Task<IReadOnlyList<SentEmailDto>> OfEnrollmentAsync(Guid enrollmentId, CancellationToken cancellationToken)
    {
        await using var connection = await content.Api.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("CALL set_app_context($1, $2)") { Parameters = { new() { Value = (object?)tenant.TenantId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid }, new() { Value = (object?)user.UserId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid } } },
                new NpgsqlBatchCommand("""
                    SELECT m.id, m.message_id, m.step_order, c.subject, m.status, m.attempts, m.smtp_reply, m.smtp_status, m.queued_at, m.sent_at
                    FROM email_messages m JOIN email_content c ON c.email_message_id = m.id
                    WHERE m.enrollment_id = $1 ORDER BY m.queued_at, m.id
                    """) { Parameters = { new() { Value = enrollmentId } } },
            },
        };
        var sent = new List<SentEmailDto>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                sent.Add(new SentEmailDto(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetInt32(7),
                    reader.GetFieldValue<DateTimeOffset>(8), reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return sent;
    }
}
