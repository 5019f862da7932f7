using MapsterMapper;
using MediatR;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Configuration.ListConfig;

namespace PenguinMails.Staff.Application.Configuration.ListConfig;

internal sealed class ListConfigQueryHandler(ISystemConfigRepository configs, IMapper mapper) : IRequestHandler<ListConfigQuery, IReadOnlyList<SystemConfigDto>>
{
    public async Task<IReadOnlyList<SystemConfigDto>> Handle(ListConfigQuery request, CancellationToken cancellationToken) =>
        [.. (await configs.ListAsync(cancellationToken)).Select(mapper.Map<SystemConfigDto>)];
}
