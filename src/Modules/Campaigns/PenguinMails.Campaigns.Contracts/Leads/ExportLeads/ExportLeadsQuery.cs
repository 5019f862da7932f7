using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Leads.ExportLeads;

/// <summary>Every lead of the tenant (of one status, when given), in address order, read a batch at a time as it is written out.</summary>
public sealed record ExportLeadsQuery(string? Status = null) : IQuery<IAsyncEnumerable<LeadDto>>;
