using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Leads.GetLead;

public sealed record GetLeadQuery(Guid Id) : IQuery<LeadDto>;
