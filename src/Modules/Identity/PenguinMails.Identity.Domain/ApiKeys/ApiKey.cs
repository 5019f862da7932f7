using System.Security.Cryptography;
using System.Text;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

/// <summary>
/// A row of <c>api_keys</c> (V11): a tenant's credential for scripts and services. Its token is
/// <c>pm_&lt;id&gt;_&lt;secret&gt;</c>; the secret is shown once and kept only as its SHA-256.
/// </summary>
internal sealed class ApiKey : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    public const string TokenPrefix = "pm_";

    /// <summary>The first characters of every token of this key: they name it in a list; the secret is never shown again.</summary>
    public string DisplayPrefix => $"{TokenPrefix}{Id:N}"[..11];
    public const int MaxNameLength = 100;
    private const int SecretBytes = 32;

    private ApiKey()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = default!;

    public byte[] SecretHash { get; private set; } = default!;

    public string[] Scopes { get; private set; } = [];

    public DateTimeOffset? Expires { get; private set; }

    public DateTimeOffset? LastUsed { get; private set; }

    public DateTimeOffset? Revoked { get; private set; }

    public Guid? CreatedBy { get; private set; }

    public DateTimeOffset Created { get; private set; }

    /// <summary>A new key and its token, which exists only in this return value.</summary>
    public static (ApiKey Key, string Token) Issue(Guid tenantId, string name, IReadOnlyCollection<string> scopes, DateTimeOffset? expires, Guid? createdBy, DateTimeOffset now)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Name = name.Trim(),
            SecretHash = Hash(secret),
            Scopes = scopes.Distinct().Order(StringComparer.Ordinal).ToArray(),
            Expires = expires,
            CreatedBy = createdBy,
            Created = now,
        };
        return (key, $"{TokenPrefix}{key.Id:N}_{secret}");
    }

    /// <summary>The id and secret a token carries, or null when it is not shaped like one of ours.</summary>
    public static (Guid Id, string Secret)? Parse(string token)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length < TokenPrefix.Length + 34 || token[TokenPrefix.Length + 32] != '_')
        {
            return null;
        }

        return Guid.TryParseExact(token.AsSpan(TokenPrefix.Length, 32), "N", out var id) ? (id, token[(TokenPrefix.Length + 33)..]) : null;
    }

    /// <summary>Whether <paramref name="secret"/> is this key's, compared in constant time.</summary>
    public static bool Matches(byte[] secretHash, string secret) => CryptographicOperations.FixedTimeEquals(secretHash, Hash(secret));

    public void Revoke(DateTimeOffset now) => Revoked ??= now;

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>What a key may do: read or write one area of the API (write includes read; checked at the route).</summary>
internal static class ApiScopes
{
    public static readonly IReadOnlyList<string> Resources = ["leads", "campaigns", "templates", "domains"];

    public static readonly IReadOnlyList<string> All = Resources.SelectMany(r => new[] { $"{r}:read", $"{r}:write" }).ToList();
}
