using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Billing.Contracts.Plans.Admin.CreatePlan;

/// <summary>A new plan, offered at once (staff). The slug is unique (409).</summary>
[RequiresStaffPermission(PlanPermissions.Manage)]
public sealed record CreatePlanCommand(PlanTerms Plan) : ICommand<PlanDto>;
