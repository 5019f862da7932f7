using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Templates.DeleteTemplate;

/// <summary>Deletes the template with its folder and tag links; one a campaign step still uses is refused (409).</summary>
public sealed record DeleteTemplateCommand(Guid Id) : ICommand<Unit>;
