using MediatR;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts.Members.FindUserByEmail;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Members.FindUserByEmail;

internal sealed class FindUserByEmailQueryHandler(IUserRepository users) : IRequestHandler<FindUserByEmailQuery, Guid?>
{
    public async Task<Guid?> Handle(FindUserByEmailQuery request, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(EmailAddress.Normalize(request.Email), cancellationToken) is { IsActive: true } user ? user.Id : null;
}
