using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Staff.Contracts.Flags.EvaluateFlags;

/// <summary>
/// Every flag's answer for the current tenant (<c>GET /api/v1/feature-flags</c>, and in-process for any module):
/// on when enabled and the tenant's stable bucket falls inside the roll-out.
/// </summary>
public sealed record EvaluateFlagsQuery : IQuery<IReadOnlyDictionary<string, bool>>;
