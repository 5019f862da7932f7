namespace PenguinMails.Campaigns.Contracts.Campaigns;

public enum CampaignAction
{
    Unschedule,
    Start,
    Pause,
    Resume,
    Complete,
}
