using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Folders.CreateFolder;

/// <summary>A folder for templates; its name is unique in the tenant, whatever its case (409).</summary>
public sealed record CreateFolderCommand(string Name) : ICommand<FolderDto>;
