namespace PenguinMails.Deliverability.Application.Domains;

/// <summary>The 409 codes domain use cases answer with.</summary>
internal static class DomainConflicts
{
    public const string AlreadyAdded = "domain-already-added";
    public const string NotVerified = "domain-not-verified";

    public static string AlreadyAddedMessage(string name) => $"{name} is already one of this tenant's domains.";
}
