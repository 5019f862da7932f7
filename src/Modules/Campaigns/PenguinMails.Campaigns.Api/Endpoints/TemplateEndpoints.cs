using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Folders.CreateFolder;
using PenguinMails.Campaigns.Contracts.Folders.DeleteFolder;
using PenguinMails.Campaigns.Contracts.Folders.GetFolder;
using PenguinMails.Campaigns.Contracts.Folders.ListFolders;
using PenguinMails.Campaigns.Contracts.Folders.RenameFolder;
using PenguinMails.Campaigns.Contracts.Tags.CreateTag;
using PenguinMails.Campaigns.Contracts.Tags.DeleteTag;
using PenguinMails.Campaigns.Contracts.Tags.GetTag;
using PenguinMails.Campaigns.Contracts.Tags.ListTags;
using PenguinMails.Campaigns.Contracts.Tags.UpdateTag;
using PenguinMails.Campaigns.Contracts.Templates.CreateTemplate;
using PenguinMails.Campaigns.Contracts.Templates.DeleteTemplate;
using PenguinMails.Campaigns.Contracts.Templates.GetTemplate;
using PenguinMails.Campaigns.Contracts.Templates.Labels.AddTemplateToFolder;
using PenguinMails.Campaigns.Contracts.Templates.Labels.RemoveTemplateFromFolder;
using PenguinMails.Campaigns.Contracts.Templates.Labels.TagTemplate;
using PenguinMails.Campaigns.Contracts.Templates.Labels.UntagTemplate;
using PenguinMails.Campaigns.Contracts.Templates.ListTemplates;
using PenguinMails.Campaigns.Contracts.Templates.PreviewTemplate;
using PenguinMails.Campaigns.Contracts.Templates.UpdateTemplate;

namespace PenguinMails.Campaigns.Api.Endpoints;

internal static class TemplateEndpoints
{
    public static void MapTemplateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var templates = endpoints.MapApiGroup("/templates", "Campaigns").RequireTenant().AllowApiKeys("templates");
        templates.MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor, long? folderId, long? tagId, string? q) =>
                m.Send(new ListTemplatesQuery(limit ?? PageLimits.Default, cursor, folderId, tagId, q), ct))
            .WithName("ListTemplates").WithSummary("The tenant's templates, oldest first; ?folderId=, ?tagId=, ?q= (part of name or subject).")
            .Produces<CursorPage<TemplateDto>>();
        templates.MapPost("", async (CreateTemplateCommand command, IMediator m, CancellationToken ct) =>
            {
                var template = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/templates/{template.Id}", template);
            })
            .WithName("CreateTemplate").WithSummary("A template; {{firstName}}, {{lastName}}, {{name}}, {{company}}, {{email}} are filled per lead; an unclosed {{ is 400.")
            .Produces<TemplateDto>(StatusCodes.Status201Created);
        templates.MapGet("/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetTemplateQuery(id), ct))
            .WithName("GetTemplate").Produces<TemplateDto>().ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapPatch("/{id:guid}", (Guid id, UpdateTemplateCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .WithName("UpdateTemplate").WithSummary("Changes the fields present; null clears subject or content.")
            .Produces<TemplateDto>().ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapDelete("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) => NoContent(await m.Send(new DeleteTemplateCommand(id), ct)))
            .WithName("DeleteTemplate").WithSummary("Deletes the template; one a campaign step uses is 409.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        templates.MapPost("/{id:guid}/preview", (Guid id, PreviewTemplateQuery query, IMediator m, CancellationToken ct) => m.Send(query with { TemplateId = id }, ct))
            .WithName("PreviewTemplate").WithSummary("Subject and content rendered for a lead, with the variables no lead field fills.")
            .Produces<TemplatePreviewDto>().ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapPost("/{id:guid}/folders", async (Guid id, FolderReference body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new AddTemplateToFolderCommand(id, body.FolderId), ct)))
            .WithName("AddTemplateToFolder").WithSummary("Puts the template in a folder; already there is 409.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        templates.MapDelete("/{id:guid}/folders/{folderId:long}", async (Guid id, long folderId, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new RemoveTemplateFromFolderCommand(id, folderId), ct)))
            .WithName("RemoveTemplateFromFolder").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapPost("/{id:guid}/tags", async (Guid id, TagReference body, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new TagTemplateCommand(id, body.TagId), ct)))
            .WithName("TagTemplate").WithSummary("Tags the template (a tenant tag or a platform default); already tagged is 409.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        templates.MapDelete("/{id:guid}/tags/{tagId:long}", async (Guid id, long tagId, IMediator m, CancellationToken ct) =>
                NoContent(await m.Send(new UntagTemplateCommand(id, tagId), ct)))
            .WithName("UntagTemplate").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        var folders = endpoints.MapApiGroup("/template-folders", "Campaigns").RequireTenant().AllowApiKeys("templates");
        folders.MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor) => m.Send(new ListFoldersQuery(limit ?? PageLimits.Default, cursor), ct))
            .WithName("ListTemplateFolders").Produces<CursorPage<FolderDto>>();
        folders.MapPost("", async (CreateFolderCommand command, IMediator m, CancellationToken ct) =>
            {
                var folder = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/template-folders/{folder.Id}", folder);
            })
            .WithName("CreateTemplateFolder").WithSummary("A folder; its name is unique in the tenant (409).")
            .Produces<FolderDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        folders.MapGet("/{id:long}", (long id, IMediator m, CancellationToken ct) => m.Send(new GetFolderQuery(id), ct))
            .WithName("GetTemplateFolder").Produces<FolderDto>().ProducesProblem(StatusCodes.Status404NotFound);
        folders.MapPatch("/{id:long}", (long id, RenameFolderCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .WithName("RenameTemplateFolder").Produces<FolderDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        folders.MapDelete("/{id:long}", async (long id, IMediator m, CancellationToken ct) => NoContent(await m.Send(new DeleteFolderCommand(id), ct)))
            .WithName("DeleteTemplateFolder").WithSummary("Deletes the folder; its templates stay.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        var tags = endpoints.MapApiGroup("/tags", "Campaigns").RequireTenant().AllowApiKeys("templates");
        tags.MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor) => m.Send(new ListTagsQuery(limit ?? PageLimits.Default, cursor), ct))
            .WithName("ListTags").WithSummary("The tenant's tags and the platform defaults (isPlatformDefault).")
            .Produces<CursorPage<TagDto>>();
        tags.MapPost("", async (CreateTagCommand command, IMediator m, CancellationToken ct) =>
            {
                var tag = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/tags/{tag.Id}", tag);
            })
            .WithName("CreateTag").WithSummary("A tenant tag; its value is unique in the tenant (409).")
            .Produces<TagDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        tags.MapGet("/{id:long}", (long id, IMediator m, CancellationToken ct) => m.Send(new GetTagQuery(id), ct))
            .WithName("GetTag").Produces<TagDto>().ProducesProblem(StatusCodes.Status404NotFound);
        tags.MapPatch("/{id:long}", (long id, UpdateTagCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .WithName("UpdateTag").WithSummary("Changes a tenant tag; platform defaults are 403.")
            .Produces<TagDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        tags.MapDelete("/{id:long}", async (long id, IMediator m, CancellationToken ct) => NoContent(await m.Send(new DeleteTagCommand(id), ct)))
            .WithName("DeleteTag").WithSummary("Deletes a tenant tag and untags its templates; platform defaults are 403.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult NoContent(Unit _) => Results.NoContent();

    private sealed record FolderReference(long FolderId);

    private sealed record TagReference(long TagId);
}
