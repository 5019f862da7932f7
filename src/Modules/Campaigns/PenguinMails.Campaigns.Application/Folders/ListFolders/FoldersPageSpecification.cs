using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Campaigns.Contracts.Folders.ListFolders;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Folders.ListFolders;

/// <summary>A page of folders in id order (the ids are generated in sequence), and one more to tell whether a next page exists.</summary>
internal sealed class FoldersPageSpecification : Specification<Folder>
{
    public FoldersPageSpecification(ListFoldersQuery request) => Query.SequencePage(request.Cursor, request.Limit);
}
