using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Templates.Labels.AddTemplateToFolder;

/// <summary>Puts the template in one of the tenant's folders; already there is 409.</summary>
public sealed record AddTemplateToFolderCommand(Guid TemplateId, long FolderId) : ICommand<Unit>;
