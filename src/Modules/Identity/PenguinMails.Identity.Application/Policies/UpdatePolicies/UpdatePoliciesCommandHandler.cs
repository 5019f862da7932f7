using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Policies.UpdatePolicies;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Policies.UpdatePolicies;

internal sealed class UpdatePoliciesCommandHandler(ICurrentTenant current, ITenantPoliciesRepository policies, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdatePoliciesCommand, TenantPoliciesDto>
{
    public async Task<TenantPoliciesDto> Handle(UpdatePoliciesCommand request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var row = await policies.GetAsync(tenantId, cancellationToken) ?? throw NotFoundException.For("tenant", tenantId);
        row.Change(new TenantPoliciesChange(
            request.PasswordMinLength, request.PasswordRequireUppercase, request.PasswordRequireNumbers, request.PasswordRequireSymbols,
            request.SessionTimeoutHours, request.MaxLoginAttempts, request.TwoFactorRequired, request.CompanyDefaultStatus,
            request.CompanyAllowMemberInvites, request.CompanyAutoApproveMembers, request.CompanyRequireEmailVerification), clock.GetUtcNow());
        return mapper.Map<TenantPoliciesDto>(row);
    }
}
