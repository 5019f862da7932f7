using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Workspace.Contracts.Companies.UpdateCompany;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Companies.UpdateCompany;

internal sealed class UpdateCompanyCommandValidator : PatchValidator<UpdateCompanyCommand>
{
    public UpdateCompanyCommandValidator()
    {
        RuleForPatch(c => c.Name, r => r.ValidCompanyName());
        RuleForPatch(c => c.WorkspaceName, r => r.ValidWorkspaceName());
        RuleForPatch(c => c.Status, r => r.NotEmpty().OneOf(CompanyStatus.Names));
        RuleForPatch(c => c.LogoUrl, r => r.HttpsUrl(WorkspaceValidation.MaxUrlLength));
        RuleForPatch(c => c.Industry, r => r.MaximumLength(Company.MaxIndustryLength));
        RuleForPatch(c => c.CompanySize, r => r.OneOf(CompanySize.All));
    }
}
