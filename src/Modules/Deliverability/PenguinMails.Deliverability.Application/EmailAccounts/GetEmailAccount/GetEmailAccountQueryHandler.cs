using MapsterMapper;
using MediatR;
using Microsoft.Extensions.Options;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetEmailAccount;

namespace PenguinMails.Deliverability.Application.EmailAccounts.GetEmailAccount;

internal sealed class GetEmailAccountQueryHandler(IEmailAccountRepository accounts, IOptions<DeliverabilityOptions> options, TimeProvider clock, IMapper mapper)
    : IRequestHandler<GetEmailAccountQuery, EmailAccountDto>
{
    public async Task<EmailAccountDto> Handle(GetEmailAccountQuery request, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("email account", request.Id);
        return mapper.Map<EmailAccountDto>(account).WithDailyUsage(account, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), options.Value.DailySendCap);
    }
}
