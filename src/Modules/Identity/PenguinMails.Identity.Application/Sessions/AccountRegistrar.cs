using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Sessions;

/// <summary>
/// A new account: the user, its credentials (the password only as a slow hash) and its default preferences; from
/// then on the command acts as the new user, inside <c>tenantId</c> when given. An account is made only once a link
/// reached its address, so the address is verified. Callers check the address is free.
/// </summary>
internal sealed class AccountRegistrar(
    IUserRepository users,
    IUserCredentialRepository credentials,
    IUserPreferencesRepository preferences,
    ICallerContext caller,
    TimeProvider clock)
{
    public async Task<User> RegisterAsync(string email, string name, HashedPassword password, Guid? tenantId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = User.Register(Guid.CreateVersion7(), email, name, now);
        user.VerifyEmail(now);

        users.Add(user);
        await caller.ActAsAsync(user.Id, tenantId, [], cancellationToken);
        credentials.Add(UserCredential.Create(user.Id, password.Hash, password.Shape, now));
        preferences.Add(UserPreferences.CreateDefault(user.Id, now));
        return user;
    }
}
