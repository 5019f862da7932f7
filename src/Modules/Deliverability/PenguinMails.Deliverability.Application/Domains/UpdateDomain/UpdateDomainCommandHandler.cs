using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Domains.UpdateDomain;
using PenguinMails.Workspace.Contracts.Companies.GetCompany;

namespace PenguinMails.Deliverability.Application.Domains.UpdateDomain;

/// <summary>A domain moved to another company is not its primary unless the same request says so.</summary>
internal sealed class UpdateDomainCommandHandler(IDomainRepository domains, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateDomainCommand, DomainDto>
{
    public async Task<DomainDto> Handle(UpdateDomainCommand request, CancellationToken cancellationToken)
    {
        var domain = await domains.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("domain", request.Id);
        var moving = request.CompanyId.IsSet && request.CompanyId.Value != domain.CompanyId;
        var companyId = moving ? request.CompanyId.Value : domain.CompanyId;
        var primary = request.IsPrimary.Or(!moving && domain.IsPrimary);
        if (moving)
        {
            await mediator.Send(new GetCompanyQuery(request.CompanyId.Value), cancellationToken);
        }

        var now = clock.GetUtcNow();
        if (primary && companyId is { } company && await domains.FindPrimaryAsync(company, cancellationToken) is { } current && current.Id != domain.Id)
        {
            // Saved first: the company's one-primary index must never see two.
            current.SetPrimary(false, now);
            await unitOfWork.FlushAsync(cancellationToken);
        }

        if (moving)
        {
            domain.MoveToCompany(request.CompanyId.Value, now);
        }

        if (moving || request.IsPrimary.IsSet)
        {
            domain.SetPrimary(primary, now);
        }

        return mapper.Map<DomainDto>(domain);
    }
}
