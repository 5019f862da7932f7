using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Contracts.Payments.ListPayments;

/// <summary>The tenant's payments, newest first.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ListPaymentsQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<PaymentDto>>, IPagedQuery;
