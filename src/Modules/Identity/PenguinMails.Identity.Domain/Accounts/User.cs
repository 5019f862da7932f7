using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

/// <summary>A row of <c>users</c>.</summary>
internal sealed class User : Entity, IAggregateRoot
{
    public const int MaxNameLength = 200;

    private User()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public DateTimeOffset? Deleted { get; private set; }

    public string? Name { get; private set; }

    public string? FamilyName { get; private set; }

    public string? GivenName { get; private set; }

    public string Email { get; private set; } = default!;

    public string? Picture { get; private set; }

    public DateTimeOffset? EmailVerified { get; private set; }

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

    /// <summary>Applies a PATCH: each field sent is set (null clears an optional one), the others stay.</summary>
    public void UpdateProfile(UserProfileChange change, DateTimeOffset now)
    {
        Name = change.Name.IsSet ? change.Name.Value.Trim() : Name;
        GivenName = change.GivenName.IsSet ? change.GivenName.Value?.Trim() : GivenName;
        FamilyName = change.FamilyName.IsSet ? change.FamilyName.Value?.Trim() : FamilyName;
        Picture = change.Picture.Or(Picture);
        Updated = now;
    }

    /// <summary>Proof of the address arrived (a verification or invitation link sent to it was used).</summary>
    public void VerifyEmail(DateTimeOffset now)
    {
        EmailVerified ??= now;
        Updated = now;
    }
}

internal sealed record UserProfileChange(
    Optional<string> Name = default,
    Optional<string?> GivenName = default,
    Optional<string?> FamilyName = default,
    Optional<string?> Picture = default);
