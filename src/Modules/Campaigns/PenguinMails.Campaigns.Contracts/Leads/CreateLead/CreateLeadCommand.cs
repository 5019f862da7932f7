using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Leads.CreateLead;

/// <summary>
/// A lead; the address is stored trimmed and lower-cased and is unique in the tenant (409). <c>customFields</c> is an
/// object of the tenant's own fields (text values) that templates can say as <c>{{fieldName}}</c>.
/// </summary>
public sealed record CreateLeadCommand(
    string Email,
    string? Name = null,
    string? Company = null,
    string? Status = null,
    string? FirstName = null,
    string? LastName = null,
    IReadOnlyDictionary<string, string>? CustomFields = null) : ICommand<LeadDto>;
