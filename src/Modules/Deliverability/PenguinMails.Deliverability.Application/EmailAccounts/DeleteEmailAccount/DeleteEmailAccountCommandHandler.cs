using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;

namespace PenguinMails.Deliverability.Application.EmailAccounts.DeleteEmailAccount;

internal sealed class DeleteEmailAccountCommandHandler(IEmailAccountRepository accounts) : IRequestHandler<DeleteEmailAccountCommand, Unit>
{
    public async Task<Unit> Handle(DeleteEmailAccountCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("email account", request.Id);
        accounts.Remove(account);
        return Unit.Value;
    }
}
