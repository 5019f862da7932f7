using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Suppressions.AddSuppression;

/// <summary>
/// Suppresses an address ("ana@example.com") or a whole domain ("example.com" or "@example.com"): the leads it covers
/// stop in every campaign and are never written to again (409 if it is already suppressed).
/// </summary>
public sealed record AddSuppressionCommand(string Value) : ICommand<SuppressionDto>;
