using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Folders.RenameFolder;

public sealed record RenameFolderCommand(string Name) : ICommand<FolderDto>
{
    [JsonIgnore]
    public long Id { get; init; }
}
