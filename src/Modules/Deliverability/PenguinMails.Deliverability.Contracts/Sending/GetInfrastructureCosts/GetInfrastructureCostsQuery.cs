using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Deliverability.Contracts.Sending.GetInfrastructureCosts;

/// <summary>What the sending infrastructure cost in a month (<c>yyyy-MM</c>, UTC; the current month when absent), and each tenant's share.</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record GetInfrastructureCostsQuery(string? Month = null) : IQuery<CostReportDto>
{
    public const string Format = "yyyy-MM";

}
