namespace PenguinMails.Campaigns.Application.Leads;

public static class LeadConflicts
{
    public const string AlreadyAdded = "lead-already-added";
}
