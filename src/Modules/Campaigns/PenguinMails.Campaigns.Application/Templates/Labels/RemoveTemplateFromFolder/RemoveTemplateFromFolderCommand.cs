using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Templates.Labels;

namespace PenguinMails.Campaigns.Application.Templates.Labels.RemoveTemplateFromFolder;

public sealed record RemoveTemplateFromFolderCommand(Guid TemplateId, long FolderId) : ICommand<Unit>;
