using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Billing.Contracts.Usage.GetUsage;

/// <summary>Each limit of the tenant's plan (with add-ons) and its current use.</summary>
public sealed record GetUsageQuery : IQuery<UsageDto>;
