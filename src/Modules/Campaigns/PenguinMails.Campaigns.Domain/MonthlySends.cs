using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

/// <summary>A row of <c>sending_usage</c>: the e-mails a tenant sent in a calendar month (UTC), counted by the sending engine's claim.</summary>
internal sealed class MonthlySends : ITenantOwned
{
    private MonthlySends()
    {
    }

    public Guid TenantId { get; private set; }

    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; private set; }

    public int Sent { get; private set; }
}
