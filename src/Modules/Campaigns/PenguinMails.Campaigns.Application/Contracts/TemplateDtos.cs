using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Contracts;

internal static class TemplateMapping
{
    public static TemplateDto ToDto(this Template t, TemplateLabels labels) =>
        new(t.Id, t.Name, t.Subject, t.Content, t.IsStarted, labels.FolderIds, labels.TagIds, t.Created, t.Updated);

    public static FolderDto ToDto(this Folder f) => new(f.Id, f.Name, f.Created, f.Updated);

    public static TagDto ToDto(this Tag t) => new(t.Id, t.Value, t.Name, t.Description, t.IsPlatformDefault, t.Created, t.Updated);
}
