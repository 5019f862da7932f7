using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Folders.GetFolder;

public sealed record GetFolderQuery(long Id) : IQuery<FolderDto>;
