using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Workspace.Contracts.Companies.DeleteCompany;

/// <summary>
/// Deletes a company and, through the schema's cascades, its domains and campaigns. While it still has any, the
/// caller must say <paramref name="Confirm"/>; otherwise the answer is 409 with what would be removed.
/// </summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record DeleteCompanyCommand(Guid Id, bool Confirm) : ICommand<Unit>;
