using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Suppressions.RemoveSuppression;

/// <summary>Lifts a suppression; leads it stopped stay stopped (add them to a campaign again to write to them).</summary>
public sealed record RemoveSuppressionCommand(Guid Id) : ICommand<Unit>;
