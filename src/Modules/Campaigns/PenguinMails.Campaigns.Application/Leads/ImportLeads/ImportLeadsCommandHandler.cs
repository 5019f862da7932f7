using System.Runtime.CompilerServices;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Campaigns.Application.Leads.CreateLead;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Leads.ImportLeads;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads.ImportLeads;

/// <summary>
/// Rows are checked as they stream from the reader to the importer; only the first problems are kept, so memory does
/// not grow with the file. The contact count is taken under the same lock as single creates.
/// </summary>
internal sealed class ImportLeadsCommandHandler(ILeadSourceReader reader, ILeadImporter importer, ILeadRepository leads, ITenantLocks locks, IMediator mediator)
    : IRequestHandler<ImportLeadsCommand, LeadImportResultDto>
{
    public const int MaxProblems = 100;

    public async Task<LeadImportResultDto> Handle(ImportLeadsCommand request, CancellationToken cancellationToken)
    {
        await locks.LockAsync(CreateLeadCommandHandler.ContactLock, cancellationToken);
        var entitlements = await mediator.Send(new GetEntitlementsQuery(), cancellationToken);
        int? allowance = entitlements.Max(PlanLimit.Contacts) is { } max ? Math.Max(0, max - await leads.CountAllAsync(cancellationToken)) : null;

        var tally = new Tally();
        try
        {
            var source = await reader.OpenAsync(request.Body, request.Format, cancellationToken);
            var counts = await importer.ImportAsync(CheckAsync(source.Rows, tally, cancellationToken), request.OnExisting == LeadImportMode.Update, allowance, MaxProblems, cancellationToken);
            // Every row not stored is a problem; the first of them by row number are named.
            var problems = tally.Problems.Concat(counts.Problems.Select(p => new LeadImportProblemDto(p.Row, p.Reason, p.Email)))
                .OrderBy(p => p.Row).Take(MaxProblems).ToList();
            return new LeadImportResultDto(
                tally.Received, counts.Inserted, counts.Updated, counts.Skipped, tally.Invalid,
                problems, tally.Invalid + counts.Skipped > problems.Count, source.IgnoredColumns);
        }
        catch (LeadSourceException unreadable)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["body"] = [$"Nothing was imported: {unreadable.Message}"],
            });
        }
    }

    private static async IAsyncEnumerable<LeadImportRow> CheckAsync(IAsyncEnumerable<RawLeadRow> rows, Tally tally, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            tally.Received++;
            var email = LeadEmail.Normalize(row.Email ?? string.Empty);
            var name = Lead.Clean(row.Name);
            var company = Lead.Clean(row.Company);
            var firstName = Lead.Clean(row.FirstName);
            var lastName = Lead.Clean(row.LastName);
            var customFields = row.CustomFields is null ? null : CustomField.Clean(row.CustomFields);
            var status = string.IsNullOrWhiteSpace(row.Status) ? null : row.Status.Trim().ToLowerInvariant();
            var problem = !LeadEmail.IsValid(email) ? (email.Length == 0 ? "email is missing" : "invalid email")
                : status is not null && !LeadStatus.Names.Contains(status) ? $"unknown status; use one of {string.Join(", ", LeadStatus.All)}"
                : name?.Length > Lead.MaxNameLength ? $"name longer than {Lead.MaxNameLength} characters"
                : company?.Length > Lead.MaxCompanyLength ? $"company longer than {Lead.MaxCompanyLength} characters"
                : firstName?.Length > Lead.MaxPartNameLength || lastName?.Length > Lead.MaxPartNameLength ? $"first or last name longer than {Lead.MaxPartNameLength} characters"
                : customFields?.FirstOrDefault(f => f.Value.Length > CustomField.MaxValueLength).Key is { } longField
                    ? $"{longField} longer than {CustomField.MaxValueLength} characters"
                : HasNul(name) || HasNul(company) || HasNul(firstName) || HasNul(lastName) || customFields?.Values.Any(HasNul) == true ? "contains a NUL character"
                : null;
            if (problem is null)
            {
                yield return new LeadImportRow(row.Row, email, name, company, status, firstName, lastName, customFields is { Count: > 0 } ? customFields : null);
                continue;
            }

            tally.Invalid++;
            if (tally.Problems.Count < MaxProblems)
            {
                tally.Problems.Add(new LeadImportProblemDto(row.Row, problem, email.Length is > 0 and <= LeadEmail.MaxLength ? email : null));
            }
        }
    }

    private static bool HasNul(string? text) => text?.Contains('\0') == true;

    private sealed class Tally
    {
        public int Received { get; set; }

        public int Invalid { get; set; }

        public List<LeadImportProblemDto> Problems { get; } = [];
    }
}
