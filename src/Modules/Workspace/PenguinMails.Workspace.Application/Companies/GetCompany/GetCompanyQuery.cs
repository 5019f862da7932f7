using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Workspace.Application.Contracts;

namespace PenguinMails.Workspace.Application.Companies.GetCompany;

public sealed record GetCompanyQuery(Guid Id) : IQuery<CompanyDto>;
