using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Campaigns.DeleteCampaign;

/// <summary>Deletes a draft, paused or completed campaign with its steps; a scheduled or sending one is 409.</summary>
public sealed record DeleteCampaignCommand(Guid Id) : ICommand<Unit>;
