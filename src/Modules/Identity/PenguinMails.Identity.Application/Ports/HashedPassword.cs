using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Ports;

/// <summary>A password as an account keeps it: the slow hash, and the shape a tenant's rules are checked against.</summary>
internal sealed record HashedPassword(string Hash, PasswordShape Shape)
{
    public static HashedPassword Of(IPasswordHasher hasher, string password) => new(hasher.Hash(password), PasswordShape.Of(password));
}
