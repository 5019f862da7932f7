namespace PenguinMails.Deliverability.Application.EmailAccounts;

/// <summary>Where an account's secrets live in the secret store (the database deletes them with the account).</summary>
internal static class EmailAccountSecrets
{
    public static string PasswordPath(Guid accountId) => $"email-accounts/{accountId}/password";
}

/// <summary>The 409 codes e-mail account use cases answer with.</summary>
internal static class EmailAccountConflicts
{
    public const string AlreadyAdded = "email-account-already-added";
    public const string NotSending = "email-account-not-sending";
    public const string DailyCapReached = "daily-cap-reached";
}
