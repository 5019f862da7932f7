using MediatR;
using PenguinMails.Deliverability.Contracts.Domains.VerifyDueDomain;

namespace PenguinMails.Deliverability.Application.Domains.VerifyDueDomain;

/// <summary>The claim locks the row (skipping rows another instance holds), as a user's check does.</summary>
internal sealed class VerifyDueDomainCommandHandler(IDomainRepository domains, DomainVerifier verifier, TimeProvider clock) : IRequestHandler<VerifyDueDomainCommand, bool>
{
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
