using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Leads.GetLead;

public sealed record GetLeadQuery(Guid Id) : IQuery<LeadDto>;
