using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Folders;

/// <summary>A folder for templates; its name is unique in the tenant, whatever its case (409).</summary>
public sealed record CreateFolderCommand(string Name) : ICommand<FolderDto>;

public sealed record RenameFolderCommand(string Name) : ICommand<FolderDto>
{
    [JsonIgnore]
    public long Id { get; init; }
}

/// <summary>Deletes the folder; its templates stay, out of it.</summary>
public sealed record DeleteFolderCommand(long Id) : ICommand<Unit>;

public sealed record GetFolderQuery(long Id) : IQuery<FolderDto>;

/// <summary>The tenant's folders in creation order.</summary>
public sealed record ListFoldersQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<FolderDto>>;

internal static class FolderRules
{
    public static IRuleBuilderOptions<T, string> ValidFolderName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(n => n is null || n.Trim().Length is > 0 and <= Folder.MaxNameLength)
            .WithMessage($"'{{PropertyName}}' has 1 to {Folder.MaxNameLength} characters.");
}

internal sealed class CreateFolderCommandValidator : AbstractValidator<CreateFolderCommand>
{
    public CreateFolderCommandValidator() => RuleFor(c => c.Name).ValidFolderName();
}

internal sealed class RenameFolderCommandValidator : AbstractValidator<RenameFolderCommand>
{
    public RenameFolderCommandValidator() => RuleFor(c => c.Name).ValidFolderName();
}

internal sealed class ListFoldersQueryValidator : AbstractValidator<ListFoldersQuery>
{
    public ListFoldersQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(IdCursor.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
    }
}

/// <summary>Folder ids come from the database, so a new folder is saved before it is answered.</summary>
internal sealed class FolderHandlers(ICurrentTenant current, IFolderRepository folders, IUnitOfWork unitOfWork, TimeProvider clock) :
    IRequestHandler<CreateFolderCommand, FolderDto>,
    IRequestHandler<RenameFolderCommand, FolderDto>,
    IRequestHandler<DeleteFolderCommand, Unit>,
    IRequestHandler<GetFolderQuery, FolderDto>,
    IRequestHandler<ListFoldersQuery, CursorPage<FolderDto>>
{
    public async Task<FolderDto> Handle(CreateFolderCommand request, CancellationToken cancellationToken)
    {
        var folder = Folder.Create(current.RequireTenantId(), request.Name, clock.GetUtcNow());
        folders.Add(folder);
        await unitOfWork.FlushAsync(cancellationToken);
        return folder.ToDto();
    }

    public async Task<FolderDto> Handle(RenameFolderCommand request, CancellationToken cancellationToken)
    {
        var folder = await FolderAsync(request.Id, cancellationToken);
        folder.Rename(request.Name, clock.GetUtcNow());
        return folder.ToDto();
    }

    public async Task<Unit> Handle(DeleteFolderCommand request, CancellationToken cancellationToken)
    {
        folders.Remove(await FolderAsync(request.Id, cancellationToken));
        return Unit.Value;
    }

    public async Task<FolderDto> Handle(GetFolderQuery request, CancellationToken cancellationToken) => (await FolderAsync(request.Id, cancellationToken)).ToDto();

    public async Task<CursorPage<FolderDto>> Handle(ListFoldersQuery request, CancellationToken cancellationToken)
    {
        var rows = await folders.ListAsync(IdCursor.Decode(request.Cursor), request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, f => f.ToDto(), f => IdCursor.Encode(f.Id));
    }

    private async Task<Folder> FolderAsync(long id, CancellationToken cancellationToken) =>
        await folders.GetAsync(id, cancellationToken) ?? throw NotFoundException.For("folder", id);
}
