using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Domains.VerifyDomain;

namespace PenguinMails.Deliverability.Application.Domains.VerifyDomain;

/// <summary>The domain row stays locked during the look-ups, so a user's check and the background one never interleave.</summary>
internal sealed class VerifyDomainCommandHandler(IDomainRepository domains, DomainVerifier verifier, IMapper mapper) : IRequestHandler<VerifyDomainCommand, DomainDto>
{
    public async Task<DomainDto> Handle(VerifyDomainCommand request, CancellationToken cancellationToken)
    {
        var domain = await domains.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("domain", request.Id);
        await verifier.VerifyAsync(domain, cancellationToken);
        return mapper.Map<DomainDto>(domain);
    }
}
