namespace PenguinMails.Campaigns.Application.Leads;

internal static class LeadConflicts
{
    public const string AlreadyAdded = "lead-already-added";
}
