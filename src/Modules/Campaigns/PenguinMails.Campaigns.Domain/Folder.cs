using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

/// <summary>A row of <c>folders</c>.</summary>
internal sealed class Folder : Entity, IAggregateRoot, ITenantOwned, ISequenceOrdered
{
    public const int MaxNameLength = 100;

    private Folder()
    {
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = default!;

    public DateTimeOffset? Updated { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public Guid TenantId { get; private set; }

    public static Folder Create(Guid tenantId, string name, DateTimeOffset now) => new() { TenantId = tenantId, Name = name.Trim(), Created = now, Updated = now };

    public void Rename(string name, DateTimeOffset now)
    {
        Name = name.Trim();
        Updated = now;
    }
}

/// <summary>A row of <c>template_folders</c>.</summary>
internal sealed class TemplateFolder : Entity, ITenantOwned
{
    private TemplateFolder()
    {
    }

    public long Id { get; private set; }

    public Guid TemplateId { get; private set; }

    public long FolderId { get; private set; }

    public DateTimeOffset? Updated { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public Guid TenantId { get; private set; }

    public static TemplateFolder Create(Template template, Folder folder, DateTimeOffset now) =>
        new() { TenantId = template.TenantId, TemplateId = template.Id, FolderId = folder.Id, Created = now, Updated = now };
}
