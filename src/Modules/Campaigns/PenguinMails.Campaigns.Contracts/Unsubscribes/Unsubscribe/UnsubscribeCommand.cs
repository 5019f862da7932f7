using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Unsubscribes.Unsubscribe;

/// <summary>
/// A recipient's unsubscribe, from the opaque token in an e-mail's link (no sign-in): the lead becomes unsubscribed,
/// stops in every campaign of its tenant and its address joins the tenant's suppression list. Repeating it is harmless.
/// </summary>
public sealed record UnsubscribeCommand(string Token) : ICommand<UnsubscribedDto>;
