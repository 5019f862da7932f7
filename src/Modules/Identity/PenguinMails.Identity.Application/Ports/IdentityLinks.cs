namespace PenguinMails.Identity.Application.Ports;

/// <summary>Where the web client takes a user who follows a link from an e-mail; the token rides in the fragment.</summary>
public sealed class IdentityLinks(string webBaseUrl)
{
    public string EmailVerification(string token) => $"{webBaseUrl.TrimEnd('/')}/verify-email#token={token}";

    public string Invitation(string token) => $"{webBaseUrl.TrimEnd('/')}/accept-invitation#token={token}";
}
