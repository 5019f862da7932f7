namespace PenguinMails.Identity.Application.Security;

/// <summary>The session (access token id) of the current request, set by the caller resolver; logout revokes it.</summary>
internal sealed class CurrentSession
{
    public Guid? SessionId { get; set; }
}
