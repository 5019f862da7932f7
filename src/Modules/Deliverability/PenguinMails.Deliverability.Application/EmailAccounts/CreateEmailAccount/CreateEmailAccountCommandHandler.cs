using MapsterMapper;
using MediatR;
using Microsoft.Extensions.Options;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.Deliverability.Application.Domains;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.CreateEmailAccount;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.EmailAccounts.CreateEmailAccount;

/// <summary>
/// <c>max_email_accounts</c> (and <c>max_warmups</c> for an account created in warm-up) are counted under a tenant
/// lock, so two creations at the limit cannot both pass.
/// </summary>
internal sealed class CreateEmailAccountCommandHandler(
    IDomainRepository domains,
    IEmailAccountRepository accounts,
    ISecretStore secrets,
    ITenantLocks locks,
    IMediator mediator,
    IOptions<DeliverabilityOptions> options,
    TimeProvider clock, IMapper mapper) : IRequestHandler<CreateEmailAccountCommand, EmailAccountDto>
{
    public const string AccountLock = "limit:" + PlanLimit.EmailAccounts;

    public async Task<EmailAccountDto> Handle(CreateEmailAccountCommand request, CancellationToken cancellationToken)
    {
        var domain = await domains.GetAsync(request.DomainId, cancellationToken) ?? throw NotFoundException.For("domain", request.DomainId);
        var email = EmailAccountRules.Normalize(request.Email);
        if (EmailAccountRules.DomainOf(email) != domain.Domain)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["email"] = [$"The address must be on the domain {domain.Domain}."],
            });
        }

        if (!domain.IsVerified)
        {
            throw new ConflictException(DomainConflicts.NotVerified,
                $"{domain.Domain} is not verified yet; publish its DNS records and verify it before adding accounts.");
        }

        await locks.LockAsync(AccountLock, cancellationToken);
        if (await accounts.ExistsAsync(email, cancellationToken))
        {
            throw new ConflictException(EmailAccountConflicts.AlreadyAdded, $"{email} is already one of this tenant's e-mail accounts.");
        }

        var entitlements = await mediator.Send(new GetEntitlementsQuery(), cancellationToken);
        entitlements.Ensure(PlanLimit.EmailAccounts, await accounts.CountAllAsync(cancellationToken));
        var status = EmailAccountStatus.Of(request.Status);
        if (status == EmailAccountStatus.Warming)
        {
            entitlements.Ensure(PlanLimit.Warmups, await accounts.CountWarmingAsync(cancellationToken));
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        var reference = await secrets.PutAsync(EmailAccountSecrets.PasswordPath(id), request.Password, cancellationToken);
        var details = new EmailAccountDetails(email, request.Provider, mapper.Map<Domain.MailServerSettings>(request.SmtpSettings), request.ImapSettings is null ? null : mapper.Map<Domain.MailServerSettings>(request.ImapSettings), status,
            new SendingPace(request.DailyLimit, request.MinGapSeconds ?? SendingPace.DefaultMinGapSeconds, request.RandomGapSeconds ?? SendingPace.DefaultRandomGapSeconds));
        var account = EmailAccount.Create(id, domain, details, reference, now);
        accounts.Add(account);
        return mapper.Map<EmailAccountDto>(account).WithDailyUsage(account, DateOnly.FromDateTime(now.UtcDateTime), options.Value.DailySendCap);
    }
}
