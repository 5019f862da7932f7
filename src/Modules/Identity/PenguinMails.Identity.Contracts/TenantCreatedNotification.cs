using MediatR;

namespace PenguinMails.Identity.Contracts;

/// <summary>
/// Published in-process, inside the transaction that created the tenant, after its rows are saved: each module
/// provisions what a new tenant needs (Workspace its configuration and first company, Billing its subscription).
/// A handler that fails rolls the whole sign-up back. Handlers run as the new tenant's owner.
/// </summary>
public sealed record TenantCreatedNotification(Guid TenantId, string TenantName, Guid OwnerUserId) : INotification;
