namespace PenguinMails.Campaigns.Contracts.Leads.ImportLeads;

public enum LeadFileFormat
{
    Csv,
    Json,
}

public static class LeadImportMode
{
    public const string Skip = "skip";
    public const string Update = "update";

    public static readonly IReadOnlyList<string> All = [Skip, Update];
}
