using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Templates.Labels.RemoveTemplateFromFolder;

public sealed record RemoveTemplateFromFolderCommand(Guid TemplateId, long FolderId) : ICommand<Unit>;
