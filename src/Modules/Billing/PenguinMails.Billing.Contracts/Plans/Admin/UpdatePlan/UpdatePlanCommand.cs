using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Billing.Contracts.Plans.Admin.UpdatePlan;

/// <summary>Replaces a plan's terms (staff): send the whole plan, as GET returns it.</summary>
[RequiresStaffPermission(PlanPermissions.Manage)]
public sealed record UpdatePlanCommand(Guid Id, PlanTerms Plan) : ICommand<PlanDto>;
