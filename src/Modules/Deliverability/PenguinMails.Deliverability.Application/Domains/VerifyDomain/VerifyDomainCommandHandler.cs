using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Application.Contracts;

namespace PenguinMails.Deliverability.Application.Domains.VerifyDomain;

/// <summary>The domain row stays locked during the look-ups, so a user's check and the background one never interleave.</summary>
internal sealed class VerifyDomainCommandHandler(IDomainRepository domains, DomainVerifier verifier, TimeProvider clock) :
    IRequestHandler<VerifyDomainCommand, DomainDto>,
    IRequestHandler<VerifyDueDomainCommand, bool>
{
    public async Task<DomainDto> Handle(VerifyDomainCommand request, CancellationToken cancellationToken)
    {
        var domain = await domains.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("domain", request.Id);
        await verifier.VerifyAsync(domain, cancellationToken);
        return domain.ToDto();
    }

    public async Task<bool> Handle(VerifyDueDomainCommand request, CancellationToken cancellationToken)
    {
        if (await domains.ClaimDueAsync(clock.GetUtcNow(), cancellationToken) is not { } domain)
        {
            return false;
        }

        await verifier.VerifyAsync(domain, cancellationToken);
        return true;
    }
}
