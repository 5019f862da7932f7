using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Infrastructure.Persistence.Repositories;

internal sealed class UserRepository(IdentityDbContext context) : EfRepository<IdentityDbContext, User>(context), IUserRepository
{
    // lower(email) matches the unique index ux_users_email, which serves this look-up.
    public Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(u => u.Email.ToLower() == normalizedEmail, cancellationToken);

    public Task<User?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    public Task<bool> EmailExistsAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        Set.AnyAsync(u => u.Email.ToLower() == normalizedEmail, cancellationToken);
}

internal sealed class UserCredentialRepository(IdentityDbContext context)
    : EfRepository<IdentityDbContext, UserCredential>(context), IUserCredentialRepository
{
    public Task<UserCredential?> GetAsync(Guid userId, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
}

internal sealed class UserSessionRepository(IdentityDbContext context) : EfRepository<IdentityDbContext, UserSession>(context), IUserSessionRepository
{
    public Task<UserSession?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Set.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task RevokeOthersAsync(Guid userId, Guid? keep, DateTimeOffset now, CancellationToken cancellationToken) =>
        Set.Where(s => s.UserId == userId && s.Revoked == null && s.Id != keep)
            .ExecuteUpdateAsync(update => update.SetProperty(s => s.Revoked, now), cancellationToken);
}

internal sealed class UserPreferencesRepository(IdentityDbContext context)
    : EfRepository<IdentityDbContext, UserPreferences>(context), IUserPreferencesRepository
{
    public Task<UserPreferences?> GetForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        Set.OrderBy(p => p.Created).FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
}
