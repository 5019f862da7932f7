using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Billing.Contracts.Plans.Admin.ListAllPlans;

/// <summary>Every plan, inactive ones included, cheapest first (staff).</summary>
[RequiresStaffPermission(PlanPermissions.Manage)]
public sealed record ListAllPlansQuery : IQuery<IReadOnlyList<PlanDto>>;
