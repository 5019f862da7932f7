namespace PenguinMails.Identity.Domain;

public sealed partial class User
{
    public const int MaxNameLength = 200;

    private User()
    {
    }

    public static User Register(Guid id, string email, string name, DateTimeOffset now) => new()
    {
        Id = id,
        Email = EmailAddress.Normalize(email),
        Name = name.Trim(),
        Created = now,
        Updated = now,
    };

    public bool IsActive => Deleted is null;

    public bool IsEmailVerified => EmailVerified is not null;

    /// <summary>Changes the fields given; null leaves a field as it is.</summary>
    public void UpdateProfile(string? name, string? givenName, string? familyName, string? picture, DateTimeOffset now)
    {
        Name = name?.Trim() ?? Name;
        GivenName = givenName?.Trim() ?? GivenName;
        FamilyName = familyName?.Trim() ?? FamilyName;
        Picture = picture ?? Picture;
        Updated = now;
    }

    /// <summary>Proof of the address arrived (a verification or invitation link sent to it was used).</summary>
    public void VerifyEmail(DateTimeOffset now)
    {
        EmailVerified ??= now;
        Updated = now;
    }
}
