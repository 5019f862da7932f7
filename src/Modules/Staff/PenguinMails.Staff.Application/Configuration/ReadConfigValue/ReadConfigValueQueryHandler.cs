using System.Text.Json;
using MediatR;
using PenguinMails.Staff.Contracts.Configuration.ReadConfigValue;

namespace PenguinMails.Staff.Application.Configuration.ReadConfigValue;

internal sealed class ReadConfigValueQueryHandler(ISystemConfigRepository configs, ConfigCache cache) : IRequestHandler<ReadConfigValueQuery, JsonElement?>
{
    public Task<JsonElement?> Handle(ReadConfigValueQuery request, CancellationToken cancellationToken) =>
        cache.GetAsync(request.Key, async () => (await configs.GetAsync(request.Key, cancellationToken))?.Value);
}
