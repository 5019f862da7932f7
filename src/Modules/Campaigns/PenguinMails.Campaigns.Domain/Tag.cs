using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

/// <summary>A label for templates. A tag without a tenant is a platform default: every tenant sees it, none changes it.</summary>
internal sealed class Tag : Entity, IAggregateRoot, ISequenceOrdered
{
    public const int MaxValueLength = 50;
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 500;

    private Tag()
    {
    }

    public long Id { get; private set; }

    public string Value { get; private set; } = default!;

    public string? Description { get; private set; }

    public string? Name { get; private set; }

    public Guid? TenantId { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset? Updated { get; private set; }

    public bool IsDefault { get; private set; }

    public bool IsPlatformDefault => TenantId is null;

    public static Tag Create(Guid tenantId, string value, string? name, string? description, DateTimeOffset now) =>
        new() { TenantId = tenantId, Value = value.Trim(), Name = name, Description = description, Created = now, Updated = now };

    public void Change(Optional<string> value, Optional<string?> name, Optional<string?> description, DateTimeOffset now)
    {
        Value = value.IsSet ? value.Value.Trim() : Value;
        Name = name.Or(Name);
        Description = description.Or(Description);
        Updated = now;
    }
}

/// <summary>A row of <c>template_tags</c>.</summary>
internal sealed class TemplateTag : Entity, ITenantOwned
{
    private TemplateTag()
    {
    }

    public long Id { get; private set; }

    public Guid TemplateId { get; private set; }

    public long TagId { get; private set; }

    public Guid TenantId { get; private set; }

    public DateTimeOffset? Updated { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public static TemplateTag Create(Template template, Tag tag, DateTimeOffset now) =>
        new() { TenantId = template.TenantId, TemplateId = template.Id, TagId = tag.Id, Created = now, Updated = now };
}
