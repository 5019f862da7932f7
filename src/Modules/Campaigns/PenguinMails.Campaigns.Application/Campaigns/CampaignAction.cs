namespace PenguinMails.Campaigns.Application.Campaigns;

public enum CampaignAction
{
    Unschedule,
    Start,
    Pause,
    Resume,
    Complete,
}
