using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Deliverability.Contracts.Sending.SmtpIps.CreateSmtpIp;

/// <summary>A sending IP on one of the platform's instances; it starts <c>available</c>. An address is added once (409).</summary>
[RequiresStaffPermission(SendingPermission.Manage)]
public sealed record CreateSmtpIpCommand(Guid VpsInstanceId, string IpAddress, decimal? ApproximateCost = null) : ICommand<SmtpIpAddressDto>;
