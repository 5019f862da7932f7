namespace PenguinMails.Deliverability.Contracts.Sending;

/// <summary>The staff permission every sending-infrastructure route and request needs.</summary>
public static class SendingPermission
{
    public const string Manage = "infrastructure.manage";
}
