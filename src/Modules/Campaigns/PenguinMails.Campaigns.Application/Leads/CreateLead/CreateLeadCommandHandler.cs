using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Leads.CreateLead;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads.CreateLead;

internal sealed class CreateLeadCommandHandler(ICurrentTenant current, ILeadRepository leads, ITenantLocks locks, IMediator mediator, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateLeadCommand, LeadDto>
{
    /// <summary>Held while contacts are counted and added, by single creates and imports alike.</summary>
    public const string ContactLock = "limit:" + PlanLimit.Contacts;

    public async Task<LeadDto> Handle(CreateLeadCommand request, CancellationToken cancellationToken)
    {
        var email = LeadEmail.Normalize(request.Email);
        await locks.LockAsync(ContactLock, cancellationToken);
        if (await leads.ExistsAsync(email, cancellationToken))
        {
            throw new ConflictException(LeadConflicts.AlreadyAdded, $"{email} is already one of this tenant's leads.");
        }

        var entitlements = await mediator.Send(new GetEntitlementsQuery(), cancellationToken);
        entitlements.Ensure(PlanLimit.Contacts, await leads.CountAllAsync(cancellationToken));
        var details = new LeadDetails(request.Name, request.FirstName, request.LastName, request.Company, request.CustomFields);
        var lead = Lead.Create(current.RequireTenantId(), email, details, request.Status is { } status ? LeadStatus.Of(status) : LeadStatus.Active, clock.GetUtcNow());
        leads.Add(lead);
        return mapper.Map<LeadDto>(lead);
    }
}
