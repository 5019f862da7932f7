using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Application.Folders;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Tags;

/// <summary>A tenant tag; its value is unique in the tenant, whatever its case (409).</summary>
public sealed record CreateTagCommand(string Value, string? Name = null, string? Description = null) : ICommand<TagDto>;

/// <summary>Changes the tenant's own tag; a platform default cannot be changed (403).</summary>
public sealed record UpdateTagCommand : ICommand<TagDto>
{
    [JsonIgnore]
    public long Id { get; init; }

    public Optional<string> Value { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<string?> Description { get; init; }
}

/// <summary>Deletes the tenant's own tag and untags its templates; a platform default cannot be deleted (403).</summary>
public sealed record DeleteTagCommand(long Id) : ICommand<Unit>;

public sealed record GetTagQuery(long Id) : IQuery<TagDto>;

/// <summary>The tenant's tags and the platform defaults, by id.</summary>
public sealed record ListTagsQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<TagDto>>;

internal static class TagRules
{
    public static IRuleBuilderOptions<T, string> ValidTagValue<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(v => v is null || v.Trim().Length is > 0 and <= Tag.MaxValueLength)
            .WithMessage($"'{{PropertyName}}' has 1 to {Tag.MaxValueLength} characters.");
}

internal sealed class CreateTagCommandValidator : AbstractValidator<CreateTagCommand>
{
    public CreateTagCommandValidator()
    {
        RuleFor(c => c.Value).ValidTagValue();
        RuleFor(c => c.Name).MaximumLength(Tag.MaxNameLength);
        RuleFor(c => c.Description).MaximumLength(Tag.MaxDescriptionLength);
    }
}

internal sealed class UpdateTagCommandValidator : PatchValidator<UpdateTagCommand>
{
    public UpdateTagCommandValidator()
    {
        RuleForPatch(c => c.Value, r => r.ValidTagValue());
        RuleForPatch(c => c.Name, r => r.MaximumLength(Tag.MaxNameLength));
        RuleForPatch(c => c.Description, r => r.MaximumLength(Tag.MaxDescriptionLength));
    }
}

internal sealed class ListTagsQueryValidator : AbstractValidator<ListTagsQuery>
{
    public ListTagsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(IdCursor.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
    }
}

/// <summary>Tag ids come from the database, so a new tag is saved before it is answered.</summary>
internal sealed class TagHandlers(ICurrentTenant current, ITagRepository tags, IUnitOfWork unitOfWork, TimeProvider clock) :
    IRequestHandler<CreateTagCommand, TagDto>,
    IRequestHandler<UpdateTagCommand, TagDto>,
    IRequestHandler<DeleteTagCommand, Unit>,
    IRequestHandler<GetTagQuery, TagDto>,
    IRequestHandler<ListTagsQuery, CursorPage<TagDto>>
{
    public async Task<TagDto> Handle(CreateTagCommand request, CancellationToken cancellationToken)
    {
        var tag = Tag.Create(current.RequireTenantId(), request.Value, request.Name, request.Description, clock.GetUtcNow());
        tags.Add(tag);
        await unitOfWork.FlushAsync(cancellationToken);
        return tag.ToDto();
    }

    public async Task<TagDto> Handle(UpdateTagCommand request, CancellationToken cancellationToken)
    {
        var tag = await OwnTagAsync(request.Id, cancellationToken);
        tag.Change(request.Value, request.Name, request.Description, clock.GetUtcNow());
        return tag.ToDto();
    }

    public async Task<Unit> Handle(DeleteTagCommand request, CancellationToken cancellationToken)
    {
        tags.Remove(await OwnTagAsync(request.Id, cancellationToken));
        return Unit.Value;
    }

    public async Task<TagDto> Handle(GetTagQuery request, CancellationToken cancellationToken) =>
        (await tags.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("tag", request.Id)).ToDto();

    public async Task<CursorPage<TagDto>> Handle(ListTagsQuery request, CancellationToken cancellationToken)
    {
        var rows = await tags.ListAsync(IdCursor.Decode(request.Cursor), request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, t => t.ToDto(), t => IdCursor.Encode(t.Id));
    }

    private async Task<Tag> OwnTagAsync(long id, CancellationToken cancellationToken)
    {
        var tag = await tags.GetAsync(id, cancellationToken) ?? throw NotFoundException.For("tag", id);
        return tag.IsPlatformDefault
            ? throw new ForbiddenException(TemplateConflicts.PlatformTag, $"The tag {tag.Value} is a platform default: every tenant uses it and none changes it.")
            : tag;
    }
}
