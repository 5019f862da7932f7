using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Billing.Contracts.Payments.RecordPaymentOutcome;

/// <summary>
/// Records what the payment provider says about a charge of the current tenant's subscription, and moves the
/// subscription's status with it (failed: past_due; succeeded: active). In-process only: no route sends it.
/// </summary>
public sealed record RecordPaymentOutcomeCommand(decimal Amount, string Currency, string Status, string? ProviderReference, string? Description)
    : ICommand<Guid>;
