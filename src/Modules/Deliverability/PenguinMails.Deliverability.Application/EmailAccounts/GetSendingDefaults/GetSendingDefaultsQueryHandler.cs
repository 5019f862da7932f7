using MediatR;
using Microsoft.Extensions.Options;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetSendingDefaults;

namespace PenguinMails.Deliverability.Application.EmailAccounts.GetSendingDefaults;

internal sealed class GetSendingDefaultsQueryHandler(IOptions<DeliverabilityOptions> options) : IRequestHandler<GetSendingDefaultsQuery, SendingDefaultsDto>
{
    public Task<SendingDefaultsDto> Handle(GetSendingDefaultsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(new SendingDefaultsDto(options.Value.DailySendCap));
}
