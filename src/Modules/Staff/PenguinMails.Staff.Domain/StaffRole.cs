namespace PenguinMails.Staff.Domain;

internal sealed partial class StaffRole
{
    private StaffRole()
    {
    }

    public static StaffRole Create(string name, string? description, DateTimeOffset now) => new()
    {
        Name = name.Trim().ToLowerInvariant(),
        Description = description,
        Created = now,
    };

    public void Rename(string? name, string? description)
    {
        Name = name?.Trim().ToLowerInvariant() ?? Name;
        Description = description ?? Description;
    }
}
