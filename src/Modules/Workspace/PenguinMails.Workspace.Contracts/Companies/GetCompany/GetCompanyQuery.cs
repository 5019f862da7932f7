using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Workspace.Contracts.Companies.GetCompany;

public sealed record GetCompanyQuery(Guid Id) : IQuery<CompanyDto>;
