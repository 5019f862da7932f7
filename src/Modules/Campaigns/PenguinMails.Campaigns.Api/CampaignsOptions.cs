namespace PenguinMails.Campaigns.Api;

/// <summary>The Campaigns configuration section: what the HTTP edge accepts.</summary>
internal sealed class CampaignsOptions
{
    public const string Section = "Campaigns";

    /// <summary>The largest lead import accepted, in bytes (a million CSV rows is about 60 MB).</summary>
    public long MaxImportBytes { get; set; } = 256L * 1024 * 1024;
}
