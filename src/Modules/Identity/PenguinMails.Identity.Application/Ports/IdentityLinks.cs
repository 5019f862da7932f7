namespace PenguinMails.Identity.Application.Ports;

/// <summary>Where the web client takes a user who follows a link from an e-mail; the token rides in the fragment.</summary>
internal sealed class IdentityLinks(string webBaseUrl)
{
    public string EmailVerification(string token) => $"{webBaseUrl.TrimEnd('/')}/verify-email#token={token}";

    public string SignUp(string token) => $"{webBaseUrl.TrimEnd('/')}/sign-up/confirm#token={token}";

    public string SignIn() => $"{webBaseUrl.TrimEnd('/')}/sign-in";

    public string Invitation(string token) => $"{webBaseUrl.TrimEnd('/')}/accept-invitation#token={token}";
}
