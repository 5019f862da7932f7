using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Workspace.Contracts.Companies.CreateCompany;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Companies.CreateCompany;

internal sealed class CreateCompanyCommandValidator : AbstractValidator<CreateCompanyCommand>
{
    public CreateCompanyCommandValidator()
    {
        RuleFor(c => c.Name).ValidCompanyName();
        RuleFor(c => c.WorkspaceName!).ValidWorkspaceName().When(c => c.WorkspaceName is not null);
        RuleFor(c => c.LogoUrl).HttpsUrl(WorkspaceValidation.MaxUrlLength);
        RuleFor(c => c.Status).OneOf(CompanyStatus.Names);
        RuleFor(c => c.Industry).MaximumLength(Company.MaxIndustryLength);
        RuleFor(c => c.CompanySize).OneOf(CompanySize.All);
    }
}
