using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Contracts;

/// <summary>A template with the folders and tags it is in. <c>isStarted</c> is the seed's flag for a template someone has begun using.</summary>
public sealed record TemplateDto(
    Guid Id, string Name, string? Subject, string? Content, bool IsStarted, IReadOnlyList<long> FolderIds, IReadOnlyList<long> TagIds,
    DateTimeOffset Created, DateTimeOffset? Updated);

/// <summary>A template rendered for one lead; <c>unknownVariables</c> are placeholders no lead field fills (left as written).</summary>
public sealed record TemplatePreviewDto(string Subject, string Content, IReadOnlyList<string> UnknownVariables);

public sealed record FolderDto(long Id, string Name, DateTimeOffset Created, DateTimeOffset? Updated);

/// <summary>A tag; <c>isPlatformDefault</c> ones belong to no tenant, are seen by all and changed by none.</summary>
public sealed record TagDto(long Id, string Value, string? Name, string? Description, bool IsPlatformDefault, DateTimeOffset Created, DateTimeOffset? Updated);

internal static class TemplateMapping
{
    public static TemplateDto ToDto(this Template t, TemplateLabels labels) =>
        new(t.Id, t.Name, t.Subject, t.Content, t.IsStarted, labels.FolderIds, labels.TagIds, t.Created, t.Updated);

    public static FolderDto ToDto(this Folder f) => new(f.Id, f.Name, f.Created, f.Updated);

    public static TagDto ToDto(this Tag t) => new(t.Id, t.Value, t.Name, t.Description, t.IsPlatformDefault, t.Created, t.Updated);
}
