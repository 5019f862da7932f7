using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts.EmailAccounts.DeleteEmailAccount;

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
