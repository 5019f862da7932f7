using MapsterMapper;
using MediatR;
using Microsoft.Extensions.Options;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.Deliverability.Application.EmailAccounts.CreateEmailAccount;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.UpdateEmailAccount;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.EmailAccounts.UpdateEmailAccount;

/// <summary>Putting an account into warm-up takes a place of the plan's <c>max_warmups</c>, counted under the accounts' lock.</summary>
internal sealed class UpdateEmailAccountCommandHandler(
    IEmailAccountRepository accounts,
    ISecretStore secrets,
    ITenantLocks locks,
    IMediator mediator,
    IOptions<DeliverabilityOptions> options,
    TimeProvider clock, IMapper mapper) : IRequestHandler<UpdateEmailAccountCommand, EmailAccountDto>
{
    public async Task<EmailAccountDto> Handle(UpdateEmailAccountCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("email account", request.Id);
        var now = clock.GetUtcNow();
        var status = request.Status.Select(EmailAccountStatus.Of);
        if (status.IsSet && status.Value == EmailAccountStatus.Warming && account.Status != EmailAccountStatus.Warming)
        {
            await locks.LockAsync(CreateEmailAccountCommandHandler.AccountLock, cancellationToken);
            var entitlements = await mediator.Send(new GetEntitlementsQuery(), cancellationToken);
            entitlements.Ensure(PlanLimit.Warmups, await accounts.CountWarmingAsync(cancellationToken));
        }

        if (request.Password.IsSet)
        {
            await secrets.PutAsync(EmailAccountSecrets.PasswordPath(account.Id), request.Password.Value, cancellationToken);
            account.PasswordChanged(now);
        }

        account.Change(new EmailAccountChange(request.Provider, request.SmtpSettings.Select(mapper.Map<Domain.MailServerSettings>), request.ImapSettings.Select(s => s is null ? null : mapper.Map<Domain.MailServerSettings>(s)), status,
            request.DailyLimit, request.MinGapSeconds, request.RandomGapSeconds), now);
        return mapper.Map<EmailAccountDto>(account).WithDailyUsage(account, DateOnly.FromDateTime(now.UtcDateTime), options.Value.DailySendCap);
    }
}
