using System.Data;
using Npgsql;
using NpgsqlTypes;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.BuildingBlocks.Infrastructure.Rls;
using PenguinMails.Identity.Application.ApiKeys;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Security;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Infrastructure.Security;

/// <summary>
/// Turns an access token and X-Tenant-Id into the request's caller with one query: the session (not revoked,
/// not expired), the account, and in the named tenant the membership, the tenant's policies and what they demand
/// (a session no older than the tenant's timeout, a verified address, a second factor, a compliant password).
/// Nothing is cached, so a removed member or a revoked token is refused on the very next request.
/// </summary>
internal sealed class IdentityCallerResolver(ISignedTokens tokens, DbSession session, CurrentSession currentSession, TimeProvider clock) : ICallerResolver
{
    private const string Sql = TenantContextSql.CallPrefix + """
        SELECT s.expires, s.revoked, s.created, s.two_factor_verified,
               u.deleted, u.email_verified,
               c.totp_enabled, c.password_length, c.password_has_uppercase, c.password_has_number, c.password_has_symbol,
               t.id, t.deleted, m.roles, m.deleted,
               p.password_min_length, p.password_require_uppercase, p.password_require_numbers, p.password_require_symbols,
               p.session_timeout_hours, p.two_factor_required, p.company_require_email_verification
        FROM user_sessions s
        JOIN users u ON u.id = s.user_id
        LEFT JOIN user_credentials c ON c.user_id = s.user_id
        LEFT JOIN tenants t ON t.id = @tenant
        LEFT JOIN tenant_users m ON m.tenant_id = t.id AND m.user_id = s.user_id
        LEFT JOIN tenant_policies p ON p.tenant_id = t.id
        WHERE s.id = @session AND s.user_id = @user
        """;

    // The key's own row, readable before a tenant is set through the api_keys_lookup policy (V11).
    private const string ApiKeySql = """
        CALL set_api_key_lookup(@key);
        SELECT k.tenant_id, k.secret_hash, k.scopes, k.expires, k.revoked, k.created_by, t.deleted
        FROM api_keys k JOIN tenants t ON t.id = k.tenant_id
        WHERE k.id = @key
        """;

    // In the key's tenant: whether its plan still has API access; and when it was last used, written at most once a minute.
    private const string ApiKeyTenantSql = TenantContextSql.CallPrefix + """
        SELECT p.api_access FROM subscriptions s JOIN plans p ON p.id = s.plan_id WHERE s.status <> 'canceled';
        UPDATE api_keys SET last_used = now() WHERE id = @key AND (last_used IS NULL OR last_used < now() - interval '1 minute');
        """;

    /// <summary>The refusal code the host reports as <c>other_tenant_requested</c>.</summary>
    private const string NotAMember = CallerResolution.NotAMemberCode;

    /// <summary>What an API key acts as within its scopes: an admin of its tenant (owners alone change ownership and billing).</summary>
    private static readonly string[] ApiKeyRoles = [PenguinMails.BuildingBlocks.Domain.TenantRoles.Admin];

    public async Task<CallerResolution> ResolveAsync(string? bearerToken, Guid? tenantId, CancellationToken cancellationToken)
    {
        if (bearerToken is not null && bearerToken.StartsWith(ApiKey.TokenPrefix, StringComparison.Ordinal))
        {
            return await ResolveApiKeyAsync(bearerToken, cancellationToken);
        }

        if (bearerToken is null || await tokens.ReadAccessTokenAsync(bearerToken) is not { } claims)
        {
            return CallerResolution.Unauthenticated("The access token is missing, malformed, expired or not signed by this service.");
        }

        var connection = (NpgsqlConnection)session.Connection;
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        TenantContextSql.AddParameters(command, tenantId, claims.UserId);
        command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = (object?)tenantId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("session", NpgsqlDbType.Uuid) { Value = claims.SessionId });
        command.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Uuid) { Value = claims.UserId });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return CallerResolution.Unauthenticated("This session does not exist.", AuthenticationFailureReasons.SessionEnded, claims.UserId);
        }

        var now = clock.GetUtcNow();
        var row = new CallerRow(reader);
        if (row.SessionRevoked is not null || row.SessionExpires <= now || row.UserDeleted is not null)
        {
            return CallerResolution.Unauthenticated("This session has ended; sign in again.", AuthenticationFailureReasons.SessionEnded, claims.UserId);
        }

        currentSession.SessionId = claims.SessionId;
        if (tenantId is null)
        {
            return CallerResolution.Resolved(claims.UserId, null, []);
        }

        return Judge(row, claims.UserId, tenantId.Value, now);
    }

    private async Task<CallerResolution> ResolveApiKeyAsync(string token, CancellationToken cancellationToken)
    {
        if (ApiKey.Parse(token) is not { } parsed)
        {
            return CallerResolution.Unauthenticated("This API key is not valid.", AuthenticationFailureReasons.InvalidApiKey);
        }

        var connection = await OpenAsync(cancellationToken);
        Guid tenantId;
        Guid? createdBy;
        string[] scopes;
        await using (var lookup = new NpgsqlCommand(ApiKeySql, connection))
        {
            lookup.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Uuid) { Value = parsed.Id });
            await using var reader = await lookup.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || !ApiKey.Matches(reader.GetFieldValue<byte[]>(1), parsed.Secret))
            {
                return CallerResolution.Unauthenticated("This API key is not valid.", AuthenticationFailureReasons.InvalidApiKey, apiKeyId: parsed.Id);
            }

            var now = clock.GetUtcNow();
            if (!reader.IsDBNull(4) || (!reader.IsDBNull(3) && reader.GetFieldValue<DateTimeOffset>(3) <= now) || !reader.IsDBNull(6))
            {
                return CallerResolution.Unauthenticated("This API key was revoked or has expired; create a new one.",
                    AuthenticationFailureReasons.ApiKeyRevoked, apiKeyId: parsed.Id);
            }

            if (reader.IsDBNull(5))
            {
                return CallerResolution.Unauthenticated("The account that created this API key no longer exists; create a new key.",
                    AuthenticationFailureReasons.ApiKeyRevoked, apiKeyId: parsed.Id);
            }

            tenantId = reader.GetGuid(0);
            scopes = reader.GetFieldValue<string[]>(2);
            createdBy = reader.GetGuid(5);
        }

        await using var tenantCommand = new NpgsqlCommand(ApiKeyTenantSql, connection);
        TenantContextSql.AddParameters(tenantCommand, tenantId, createdBy);
        tenantCommand.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Uuid) { Value = parsed.Id });
        var apiAccess = await tenantCommand.ExecuteScalarAsync(cancellationToken) is true;
        return apiAccess
            ? CallerResolution.ResolvedApiKey(createdBy.Value, tenantId, ApiKeyRoles, scopes, parsed.Id)
            : CallerResolution.Forbidden(ApiKeyProblems.NoApiAccessMessage, ApiKeyProblems.NoApiAccess);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)session.Connection;
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        return connection;
    }

    private static CallerResolution Judge(CallerRow row, Guid userId, Guid tenantId, DateTimeOffset now)
    {
        if (row.TenantId is null || row.TenantDeleted is not null)
        {
            return CallerResolution.TenantNotFound();
        }

        if (row.Roles is null || row.MemberDeleted is not null || row.Policies is not { } policies)
        {
            return CallerResolution.Forbidden("You are not a member of this tenant.", NotAMember, userId);
        }

        if (row.SessionCreated.AddHours(policies.SessionTimeoutHours) <= now)
        {
            return CallerResolution.Unauthenticated("This tenant's session timeout has passed since you signed in; sign in again.",
                AuthenticationFailureReasons.SessionTimeout, userId);
        }

        if (policies.CompanyRequireEmailVerification && row.EmailVerified is null)
        {
            return CallerResolution.Forbidden("This tenant requires a verified e-mail address: follow the link sent to you, or ask for a new one at POST /api/v1/me/email-verification.", "email-verification-required");
        }

        if (policies.TwoFactorRequired && row.TotpEnabled is null)
        {
            return CallerResolution.Forbidden("This tenant requires two-factor sign-in: enroll at POST /api/v1/me/2fa/setup.", "two-factor-enrollment-required");
        }

        if (policies.TwoFactorRequired && !row.TwoFactorVerified)
        {
            return CallerResolution.Forbidden("This tenant requires two-factor sign-in: sign in again with your code.", "two-factor-required");
        }

        if (row.PasswordShape is not { } shape || !policies.PasswordPolicy.IsMetBy(shape))
        {
            return CallerResolution.Forbidden("Your password does not meet this tenant's rules: change it at POST /api/v1/me/password.", "password-change-required");
        }

        return CallerResolution.Resolved(userId, tenantId, row.Roles);
    }

    private sealed record PolicyRow(PasswordPolicy PasswordPolicy, int SessionTimeoutHours, bool TwoFactorRequired, bool CompanyRequireEmailVerification);

    private sealed class CallerRow
    {
        public CallerRow(NpgsqlDataReader r)
        {
            SessionExpires = r.GetFieldValue<DateTimeOffset>(0);
            SessionRevoked = Nullable<DateTimeOffset>(r, 1);
            SessionCreated = r.GetFieldValue<DateTimeOffset>(2);
            TwoFactorVerified = r.GetBoolean(3);
            UserDeleted = Nullable<DateTimeOffset>(r, 4);
            EmailVerified = Nullable<DateTimeOffset>(r, 5);
            TotpEnabled = Nullable<DateTimeOffset>(r, 6);
            PasswordShape = r.IsDBNull(7) ? null : new PasswordShape(r.GetInt32(7), r.GetBoolean(8), r.GetBoolean(9), r.GetBoolean(10));
            TenantId = r.IsDBNull(11) ? null : r.GetGuid(11);
            TenantDeleted = Nullable<DateTimeOffset>(r, 12);
            Roles = r.IsDBNull(13) ? null : r.GetFieldValue<string[]>(13);
            MemberDeleted = Nullable<DateTimeOffset>(r, 14);
            Policies = r.IsDBNull(15)
                ? null
                : new PolicyRow(new PasswordPolicy(r.GetInt32(15), r.GetBoolean(16), r.GetBoolean(17), r.GetBoolean(18)),
                    r.GetInt32(19), r.GetBoolean(20), r.GetBoolean(21));
        }

        public DateTimeOffset SessionExpires { get; }
        public DateTimeOffset? SessionRevoked { get; }
        public DateTimeOffset SessionCreated { get; }
        public bool TwoFactorVerified { get; }
        public DateTimeOffset? UserDeleted { get; }
        public DateTimeOffset? EmailVerified { get; }
        public DateTimeOffset? TotpEnabled { get; }
        public PasswordShape? PasswordShape { get; }
        public Guid? TenantId { get; }
        public DateTimeOffset? TenantDeleted { get; }
        public string[]? Roles { get; }
        public DateTimeOffset? MemberDeleted { get; }
        public PolicyRow? Policies { get; }

        private static T? Nullable<T>(NpgsqlDataReader reader, int ordinal)
            where T : struct =>
            reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
    }
}
