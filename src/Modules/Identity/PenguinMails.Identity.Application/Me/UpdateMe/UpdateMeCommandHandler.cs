using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Me.GetMe;
using PenguinMails.Identity.Contracts.Me.UpdateMe;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Me.UpdateMe;

internal sealed class UpdateMeCommandHandler(ICurrentUser caller, IUserRepository users, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock)
    : IRequestHandler<UpdateMeCommand, MeDto>
{
    public async Task<MeDto> Handle(UpdateMeCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var user = await users.GetAsync(userId, cancellationToken) ?? throw NotFoundException.For("user", userId);
        user.UpdateProfile(new UserProfileChange(request.Name, request.GivenName, request.FamilyName, request.Picture), clock.GetUtcNow());
        await unitOfWork.FlushAsync(cancellationToken);
        return await mediator.Send(new GetMeQuery(), cancellationToken);
    }
}
