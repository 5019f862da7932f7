using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Folders.GetFolder;

public sealed record GetFolderQuery(long Id) : IQuery<FolderDto>;
