namespace PenguinMails.Identity.Domain;

internal sealed partial class Tenant
{
    public const int MaxNameLength = 100;

    private Tenant()
    {
    }

    public static Tenant Create(Guid id, string name, DateTimeOffset now) => new()
    {
        Id = id,
        Name = name.Trim(),
        Created = now,
        Updated = now,
    };

    public bool IsDeleted => Deleted is not null;

    public void Rename(string name, DateTimeOffset now)
    {
        Name = name.Trim();
        Updated = now;
    }

    /// <summary>Soft delete: the row stays, and every route of the tenant answers 404 from now on.</summary>
    public void Delete(DateTimeOffset now)
    {
        Deleted ??= now;
        Updated = now;
    }
}
