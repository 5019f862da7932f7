using MapsterMapper;
using MediatR;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Flags.ListFlags;

namespace PenguinMails.Staff.Application.Flags.ListFlags;

internal sealed class ListFlagsQueryHandler(IFeatureFlagRepository flags, IMapper mapper) : IRequestHandler<ListFlagsQuery, IReadOnlyList<FeatureFlagDto>>
{
    public async Task<IReadOnlyList<FeatureFlagDto>> Handle(ListFlagsQuery request, CancellationToken cancellationToken) =>
        [.. (await flags.ListAsync(cancellationToken)).Select(mapper.Map<FeatureFlagDto>)];
}
