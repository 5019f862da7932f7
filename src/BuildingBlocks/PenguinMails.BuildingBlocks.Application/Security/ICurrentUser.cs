namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>Who is calling. Set once per request by the host from the Identity module's resolution.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    bool IsAuthenticated => UserId is not null;
}
