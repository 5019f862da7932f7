using MapsterMapper;
using MediatR;
using Microsoft.Extensions.Options;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.ListEmailAccounts;

namespace PenguinMails.Deliverability.Application.EmailAccounts.ListEmailAccounts;

internal sealed class ListEmailAccountsQueryHandler(IEmailAccountRepository accounts, IOptions<DeliverabilityOptions> options, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ListEmailAccountsQuery, CursorPage<EmailAccountDto>>
{
    public async Task<CursorPage<EmailAccountDto>> Handle(ListEmailAccountsQuery request, CancellationToken cancellationToken)
    {
        var rows = await accounts.ListAsync(new EmailAccountsPageSpecification(request), cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return CursorPage.FromOverfetch(rows, request.Limit, a => mapper.Map<EmailAccountDto>(a).WithDailyUsage(a, today, options.Value.DailySendCap), a => new CreatedPosition(a.Created, a.Id).Encode());
    }
}
