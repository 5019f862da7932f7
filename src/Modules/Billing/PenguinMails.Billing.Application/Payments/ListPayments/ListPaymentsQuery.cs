using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Application.Payments.ListPayments;

/// <summary>The tenant's payments, newest first.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ListPaymentsQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<PaymentDto>>, IPagedQuery;
