using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Leads.ExportLeads;

/// <summary>Every lead of the tenant (of one status, when given), in address order, read a batch at a time as it is written out.</summary>
public sealed record ExportLeadsQuery(string? Status = null) : IQuery<IAsyncEnumerable<LeadDto>>;

internal sealed class ExportLeadsQueryValidator : AbstractValidator<ExportLeadsQuery>
{
    public ExportLeadsQueryValidator() => RuleFor(q => q.Status).ValidLeadStatus();
}

internal sealed class ExportLeadsQueryHandler(ILeadRepository leads) : IRequestHandler<ExportLeadsQuery, IAsyncEnumerable<LeadDto>>
{
    // Keyset batches: memory stays flat and each statement is short, whatever the list's size.
    private const int Batch = 1000;

    public Task<IAsyncEnumerable<LeadDto>> Handle(ExportLeadsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(ReadAsync(request.Status, cancellationToken));

    private async IAsyncEnumerable<LeadDto> ReadAsync(string? status, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var batch = await leads.ListAsync(status, null, after, Batch, cancellationToken);
            foreach (var lead in batch)
            {
                yield return lead.ToDto();
            }

            if (batch.Count < Batch)
            {
                yield break;
            }

            after = batch[^1].Email;
        }
    }
}
