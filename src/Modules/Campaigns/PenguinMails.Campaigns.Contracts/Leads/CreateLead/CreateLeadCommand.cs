using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Leads.CreateLead;

/// <summary>A lead; the address is stored trimmed and lower-cased and is unique in the tenant (409).</summary>
public sealed record CreateLeadCommand(string Email, string? Name = null, string? Company = null, string? Status = null) : ICommand<LeadDto>;
