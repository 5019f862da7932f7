using Microsoft.AspNetCore.DataProtection;
using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;

namespace PenguinMails.BuildingBlocks.Infrastructure.Secrets;

/// <summary>
/// The default <see cref="ISecretStore"/>: the <c>secrets</c> table, on the command's transaction, holding Data
/// Protection payloads. Each payload is bound to its tenant and path (the protector's purposes), so a row
/// copied to another tenant or path does not decrypt.
/// </summary>
internal sealed class DataProtectionSecretStore(DbSession session, ICurrentTenant tenant, IDataProtectionProvider protection) : ISecretStore
{
    private const string Purpose = "PenguinMails.Secrets.v1";

    public async Task<string> PutAsync(string path, string secret, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequireTenantId();
        await using var command = Command("""
            INSERT INTO secrets (tenant_id, path, ciphertext) VALUES (@tenant, @path, @ciphertext)
            ON CONFLICT (tenant_id, path) DO UPDATE SET ciphertext = EXCLUDED.ciphertext, updated = now()
            """);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("path", path);
        command.Parameters.AddWithValue("ciphertext", Protector(tenantId, path).Protect(secret));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return SecretReference.For(path);
    }

    public async Task<string?> RevealAsync(string reference, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequireTenantId();
        var path = SecretReference.PathOf(reference);
        await using var command = Command("SELECT ciphertext FROM secrets WHERE tenant_id = @tenant AND path = @path");
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("path", path);
        return await command.ExecuteScalarAsync(cancellationToken) is string ciphertext
            ? Protector(tenantId, path).Unprotect(ciphertext)
            : null;
    }

    public async Task DeleteAsync(string reference, CancellationToken cancellationToken)
    {
        await using var command = Command("DELETE FROM secrets WHERE tenant_id = @tenant AND path = @path");
        command.Parameters.AddWithValue("tenant", tenant.RequireTenantId());
        command.Parameters.AddWithValue("path", SecretReference.PathOf(reference));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private IDataProtector Protector(Guid tenantId, string path) => protection.CreateProtector(Purpose, tenantId.ToString(), path);

    private Npgsql.NpgsqlCommand Command(string sql)
    {
        var transaction = session.Transaction;
        return new Npgsql.NpgsqlCommand(sql, transaction.Connection, transaction);
    }
}
