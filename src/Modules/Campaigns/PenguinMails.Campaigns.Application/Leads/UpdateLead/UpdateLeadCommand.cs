using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads.UpdateLead;

/// <summary>Changes name, company or status (null clears name or company). The address identifies the lead and does not change.</summary>
public sealed record UpdateLeadCommand : ICommand<LeadDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<string?> Company { get; init; }

    public Optional<string> Status { get; init; }
}

internal sealed class UpdateLeadCommandValidator : PatchValidator<UpdateLeadCommand>
{
    public UpdateLeadCommandValidator()
    {
        RuleForPatch(c => c.Name, r => r.MaximumLength(Lead.MaxNameLength));
        RuleForPatch(c => c.Company, r => r.MaximumLength(Lead.MaxCompanyLength));
        RuleForPatch(c => c.Status, r => r.NotEmpty().OneOf(LeadStatus.All));
    }
}

internal sealed class UpdateLeadCommandHandler(ILeadRepository leads, TimeProvider clock) : IRequestHandler<UpdateLeadCommand, LeadDto>
{
    public async Task<LeadDto> Handle(UpdateLeadCommand request, CancellationToken cancellationToken)
    {
        var lead = await leads.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("lead", request.Id);
        lead.Change(request.Name, request.Company, request.Status, clock.GetUtcNow());
        return lead.ToDto();
    }
}
