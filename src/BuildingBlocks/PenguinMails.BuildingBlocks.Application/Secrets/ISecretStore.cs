namespace PenguinMails.BuildingBlocks.Application.Secrets;

/// <summary>
/// Where the current tenant's secrets (DKIM private keys, mailbox passwords) are kept. Callers keep only the
/// reference a write returns (<c>secret://&lt;path&gt;</c>); the secret itself never enters a row, a response
/// or a log line. Writes join the command's transaction: a secret exists exactly when the row that refers to
/// it does.
/// </summary>
public interface ISecretStore
{
    /// <summary>Stores (or replaces) the secret at <paramref name="path"/> and returns its reference.</summary>
    Task<string> PutAsync(string path, string secret, CancellationToken cancellationToken);

    /// <summary>The secret a reference names, or null when there is none for the current tenant.</summary>
    Task<string?> RevealAsync(string reference, CancellationToken cancellationToken);

    Task DeleteAsync(string reference, CancellationToken cancellationToken);
}

/// <summary>The <c>secret://</c> references the store hands out.</summary>
public static class SecretReference
{
    public const string Scheme = "secret://";

    public static string For(string path) => Scheme + path;

    public static string PathOf(string reference) =>
        reference.StartsWith(Scheme, StringComparison.Ordinal) && reference.Length > Scheme.Length
            ? reference[Scheme.Length..]
            : throw new ArgumentException($"'{reference}' is not a secret reference.", nameof(reference));
}
