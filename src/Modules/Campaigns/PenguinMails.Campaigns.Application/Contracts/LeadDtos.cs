using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Contracts;

internal static class LeadMapping
{
    public static LeadDto ToDto(this Lead lead) => new(lead.Id, lead.Email, lead.Name, lead.Company, lead.Status, lead.Updated);
}
