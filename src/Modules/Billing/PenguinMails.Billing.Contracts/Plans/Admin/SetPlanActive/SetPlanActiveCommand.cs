using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Billing.Contracts.Plans.Admin.SetPlanActive;

/// <summary>Offers a plan again, or stops offering it (staff); tenants on it keep it until they change plan.</summary>
[RequiresStaffPermission(PlanPermissions.Manage)]
public sealed record SetPlanActiveCommand(Guid Id, bool Active) : ICommand<PlanDto>;
