using MediatR;
using Microsoft.Extensions.Options;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.ClaimSend;

namespace PenguinMails.Deliverability.Application.EmailAccounts.ClaimSend;

/// <summary>The count is taken in one conditional UPDATE, so concurrent senders can never pass the cap together.</summary>
internal sealed class ClaimSendCommandHandler(IEmailAccountRepository accounts, IOptions<DeliverabilityOptions> options, TimeProvider clock)
    : IRequestHandler<ClaimSendCommand, SendClaimDto>
{
    public async Task<SendClaimDto> Handle(ClaimSendCommand request, CancellationToken cancellationToken)
    {
        var platformCap = options.Value.DailySendCap;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (await accounts.ClaimSendAsync(request.EmailAccountId, today, platformCap, request.IsWarmup, now, cancellationToken) is { } claimed)
        {
            return new SendClaimDto(request.EmailAccountId, claimed.DailyCount, claimed.DailyCap);
        }

        var account = await accounts.GetAsync(request.EmailAccountId, cancellationToken) ?? throw NotFoundException.For("email account", request.EmailAccountId);
        var cap = account.DailyCap(platformCap);
        throw account.Status.Sends
            ? new ConflictException(EmailAccountConflicts.DailyCapReached, $"{account.Email} has sent {cap} messages today, its daily cap; it sends again after 00:00 UTC.",
                new Dictionary<string, object?> { ["dailySendCap"] = cap })
            : new ConflictException(EmailAccountConflicts.NotSending, $"{account.Email} is {account.Status}; only active or warming accounts send.");
    }
}
