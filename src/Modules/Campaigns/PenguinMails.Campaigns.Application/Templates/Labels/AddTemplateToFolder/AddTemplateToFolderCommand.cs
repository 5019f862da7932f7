using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Templates.Labels;

namespace PenguinMails.Campaigns.Application.Templates.Labels.AddTemplateToFolder;

/// <summary>Puts the template in one of the tenant's folders; already there is 409.</summary>
public sealed record AddTemplateToFolderCommand(Guid TemplateId, long FolderId) : ICommand<Unit>;
