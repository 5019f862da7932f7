using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Security;
using PenguinMails.Identity.Contracts.Auth.LogOut;

namespace PenguinMails.Identity.Application.Auth.LogOut;

internal sealed class LogOutCommandHandler(CurrentSession current, IUserSessionRepository sessions, TimeProvider clock) : IRequestHandler<LogOutCommand, Unit>
{
    public async Task<Unit> Handle(LogOutCommand request, CancellationToken cancellationToken)
    {
        var session = current.SessionId is { } id ? await sessions.GetAsync(id, cancellationToken) : null;
        if (session is null)
        {
            throw new UnauthenticatedException("unauthenticated", "This request was not made with a session's access token.");
        }

        session.Revoke(clock.GetUtcNow());

        return Unit.Value;
    }
}
