namespace PenguinMails.Campaigns.Contracts;

/// <summary>A template with the folders and tags it is in. <c>isStarted</c> is the seed's flag for a template someone has begun using.</summary>
public sealed record TemplateDto(
    Guid Id, string Name, string? Subject, string? Content, bool IsStarted, IReadOnlyList<long> FolderIds, IReadOnlyList<long> TagIds,
    DateTimeOffset Created, DateTimeOffset? Updated);

/// <summary>A template rendered for one lead; <c>unknownVariables</c> are placeholders without a fallback that neither a lead field nor one of its custom fields fills (left as written).</summary>
public sealed record TemplatePreviewDto(string Subject, string Content, IReadOnlyList<string> UnknownVariables);

public sealed record FolderDto(long Id, string Name, DateTimeOffset Created, DateTimeOffset? Updated);

/// <summary>A tag; <c>isPlatformDefault</c> ones belong to no tenant, are seen by all and changed by none.</summary>
public sealed record TagDto(long Id, string Value, string? Name, string? Description, bool IsPlatformDefault, DateTimeOffset Created, DateTimeOffset? Updated);
