using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Configuration.PutConfig;

/// <summary>Creates or replaces an entry; a sensitive value can be replaced but never read back.</summary>
[RequiresStaffPermission(StaffPermissionNames.ConfigManage)]
public sealed record PutConfigCommand(JsonElement Value, string? Description = null, string? Category = null, bool IsSensitive = false)
    : ICommand<SystemConfigDto>, ISecurityIncidentCommand<SystemConfigDto>
{
    public SecurityIncident DescribeIncident(SystemConfigDto response) => new(IsSensitive ? "sensitive_config_changed" : "config_changed", Key);

    [JsonIgnore]
    public string Key { get; init; } = "";
}

internal sealed class PutConfigCommandValidator : AbstractValidator<PutConfigCommand>
{
    public PutConfigCommandValidator()
    {
        RuleFor(c => c.Key).NotEmpty().MaximumLength(255).Matches("^[a-z0-9][a-z0-9_.-]*$").WithMessage("'Key' is lower-case letters, digits, dots, hyphens and underscores.");
        RuleFor(c => c.Description).MaximumLength(500);
        RuleFor(c => c.Category).MaximumLength(50);
        RuleFor(c => c.Value).Must(v => v.ValueKind != JsonValueKind.Undefined).WithMessage("'Value' is required (any JSON value).");
    }
}

internal sealed class PutConfigCommandHandler(ISystemConfigRepository configs, ICurrentUser caller, ConfigCache cache, TimeProvider clock) : IRequestHandler<PutConfigCommand, SystemConfigDto>
{
    public async Task<SystemConfigDto> Handle(PutConfigCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var config = await configs.GetAsync(request.Key, cancellationToken);
        if (config is null)
        {
            config = SystemConfig.Create(request.Key, request.Value, request.Description, request.Category, request.IsSensitive, caller.RequireUserId(), now);
            configs.Add(config);
        }
        else
        {
            config.Set(request.Value, request.Description, request.Category, request.IsSensitive, caller.RequireUserId(), now);
        }

        cache.Forget(request.Key);
        return config.ToDto();
    }
}
