using MapsterMapper;
using MediatR;
using Microsoft.Extensions.Options;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Domains.AddDomain;
using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;
using PenguinMails.Workspace.Contracts.Companies.GetCompany;

namespace PenguinMails.Deliverability.Application.Domains.AddDomain;

/// <summary>
/// The DKIM private key goes to the secret store on this transaction; the row keeps only its reference. The plan's
/// <c>max_domains</c> is counted under a tenant lock, so two adds at the limit cannot both pass.
/// </summary>
internal sealed class AddDomainCommandHandler(
    ICurrentTenant current,
    IDomainRepository domains,
    ISecretStore secrets,
    ITenantLocks locks,
    IUnitOfWork unitOfWork,
    IMediator mediator,
    IOptions<DeliverabilityOptions> options,
    TimeProvider clock, IMapper mapper) : IRequestHandler<AddDomainCommand, DomainDto>
{
    public const string DomainLock = "limit:" + PlanLimit.Domains;

    public async Task<DomainDto> Handle(AddDomainCommand request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var name = HostName.Normalize(request.Domain, out _)!;
        await mediator.Send(new GetCompanyQuery(request.CompanyId), cancellationToken);

        await locks.LockAsync(DomainLock, cancellationToken);
        if (await domains.ExistsAsync(name, cancellationToken))
        {
            throw new ConflictException(DomainConflicts.AlreadyAdded, DomainConflicts.AlreadyAddedMessage(name));
        }

        var entitlements = await mediator.Send(new GetEntitlementsQuery(), cancellationToken);
        entitlements.Ensure(PlanLimit.Domains, await domains.CountAllAsync(cancellationToken));

        var now = clock.GetUtcNow();
        if (request.IsPrimary && await domains.FindPrimaryAsync(request.CompanyId, cancellationToken) is { } primary)
        {
            primary.SetPrimary(false, now);
            await unitOfWork.FlushAsync(cancellationToken);
        }

        var settings = options.Value;
        var id = Guid.CreateVersion7();
        var key = DkimKeyPair.Generate();
        var secretRef = await secrets.PutAsync($"dkim/{id}/{settings.DkimSelector}", key.PrivateKeyPem, cancellationToken);
        var records = DnsRecordSet.Generate(settings.Platform, key.PublicKey, secretRef);
        var domain = SendingDomain.Create(id, tenantId, request.CompanyId, name, request.IsPrimary, records, settings.Schedule, now);
        domains.Add(domain);
        return mapper.Map<DomainDto>(domain);
    }
}
