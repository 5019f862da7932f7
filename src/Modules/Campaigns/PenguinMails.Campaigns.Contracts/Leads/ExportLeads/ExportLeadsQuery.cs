using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Leads.ExportLeads;

/// <summary>
/// Every lead of the tenant (of one status, when given), in address order, read a batch at a time as it is written
/// out, with the names of the custom fields those leads have (the export's extra columns).
/// </summary>
public sealed record ExportLeadsQuery(string? Status = null) : IQuery<LeadExport>;

public sealed record LeadExport(IReadOnlyList<string> CustomFields, IAsyncEnumerable<LeadDto> Leads);
