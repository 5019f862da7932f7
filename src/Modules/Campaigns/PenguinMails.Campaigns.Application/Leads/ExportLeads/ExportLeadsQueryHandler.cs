using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Leads.ExportLeads;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads.ExportLeads;

internal sealed class ExportLeadsQueryHandler(ILeadRepository leads, IMapper mapper) : IRequestHandler<ExportLeadsQuery, LeadExport>
{
    // Keyset batches: memory stays flat and each statement is short, whatever the list's size.
    private const int Batch = 1000;

    public async Task<LeadExport> Handle(ExportLeadsQuery request, CancellationToken cancellationToken) =>
        new(await leads.CustomFieldNamesAsync(request.Status is { } status ? LeadStatus.Of(status) : null, cancellationToken), ReadAsync(request.Status, cancellationToken));

    private async IAsyncEnumerable<LeadDto> ReadAsync(string? status, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var batch = await leads.ListAsync(new LeadsPageSpecification(status, null, after, Batch), cancellationToken);
            foreach (var lead in batch)
            {
                yield return mapper.Map<LeadDto>(lead);
            }

            if (batch.Count < Batch)
            {
                yield break;
            }

            after = batch[^1].Email;
        }
    }
}
