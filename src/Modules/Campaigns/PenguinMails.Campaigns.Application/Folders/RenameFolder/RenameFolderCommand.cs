using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Folders.RenameFolder;

public sealed record RenameFolderCommand(string Name) : ICommand<FolderDto>
{
    [JsonIgnore]
    public long Id { get; init; }
}
