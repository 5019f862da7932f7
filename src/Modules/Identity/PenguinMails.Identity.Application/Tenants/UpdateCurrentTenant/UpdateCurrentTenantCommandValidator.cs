using FluentValidation;
using PenguinMails.Identity.Contracts.Tenants.UpdateCurrentTenant;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Tenants.UpdateCurrentTenant;

internal sealed class UpdateCurrentTenantCommandValidator : AbstractValidator<UpdateCurrentTenantCommand>
{
    public UpdateCurrentTenantCommandValidator() => RuleFor(c => c.Name!).ValidName(Tenant.MaxNameLength).When(c => c.Name is not null);
}
