namespace PenguinMails.Campaigns.Application.Templates;

internal static class TemplateConflicts
{
    public const string AlreadyInFolder = "template-already-in-folder";
    public const string AlreadyTagged = "template-already-tagged";
    public const string FolderNameTaken = "folder-name-taken";
    public const string TagExists = "tag-already-exists";
    public const string PlatformTag = "platform-tag-read-only";
}
