namespace PenguinMails.Campaigns.Domain;

internal sealed partial class Folder
{
    public const int MaxNameLength = 100;

    private Folder()
    {
    }

    public static Folder Create(Guid tenantId, string name, DateTimeOffset now) => new() { TenantId = tenantId, Name = name.Trim(), Created = now, Updated = now };

    public void Rename(string name, DateTimeOffset now)
    {
        Name = name.Trim();
        Updated = now;
    }
}

internal sealed partial class TemplateFolder
{
    private TemplateFolder()
    {
    }

    public static TemplateFolder Create(Template template, Folder folder, DateTimeOffset now) =>
        new() { TenantId = template.TenantId, TemplateId = template.Id, FolderId = folder.Id, Created = now, Updated = now };
}
