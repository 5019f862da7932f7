using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Leads.ImportLeads;

/// <summary>
/// Imports leads from a CSV file (header row; <c>email</c> required, <c>name</c>, <c>company</c>, <c>status</c> optional)
/// or a JSON array of objects with those fields, read as it arrives. Existing addresses are skipped or updated
/// (<paramref name="OnExisting"/>); an unsubscribed or bounced lead keeps that status. All or nothing: a body that
/// cannot be read stores nothing.
/// </summary>
public sealed record ImportLeadsCommand(Stream Body, LeadFileFormat Format, string OnExisting = LeadImportMode.Skip) : ICommand<LeadImportResultDto>;
