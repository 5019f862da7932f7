using FluentValidation;
using PenguinMails.Identity.Contracts.Tenants.CreateTenant;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Tenants.CreateTenant;

internal sealed class CreateTenantCommandValidator : AbstractValidator<CreateTenantCommand>
{
    public CreateTenantCommandValidator() => RuleFor(c => c.Name).ValidName(Tenant.MaxNameLength);
}
