using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Folders.DeleteFolder;

/// <summary>Deletes the folder; its templates stay, out of it.</summary>
public sealed record DeleteFolderCommand(long Id) : ICommand<Unit>;
