using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts.Domains.DeleteDomain;

namespace PenguinMails.Deliverability.Application.Domains.DeleteDomain;

/// <summary>The database deletes the domain's accounts and every secret of both (docs/schema-deviations.md, V9).</summary>
internal sealed class DeleteDomainCommandHandler(IDomainRepository domains) : IRequestHandler<DeleteDomainCommand, Unit>
{
    public async Task<Unit> Handle(DeleteDomainCommand request, CancellationToken cancellationToken)
    {
        var domain = await domains.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("domain", request.Id);
        var accounts = await domains.CountEmailAccountsAsync(domain.Id, cancellationToken);
        if (accounts > 0 && !request.Confirm)
        {
            throw new ConflictException(
                "domain-has-email-accounts",
                $"{domain.Domain} has {accounts} e-mail account(s), which would be deleted with it; repeat with ?confirm=true to delete them all.",
                new Dictionary<string, object?> { ["emailAccounts"] = accounts });
        }

        domains.Remove(domain);
        return Unit.Value;
    }
}
