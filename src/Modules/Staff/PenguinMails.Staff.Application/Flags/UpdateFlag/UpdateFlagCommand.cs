using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Flags.UpdateFlag;

/// <summary>Changes the fields present; raising the percentage only ever adds tenants.</summary>
[RequiresStaffPermission(StaffPermissionNames.FlagsManage)]
public sealed record UpdateFlagCommand(string? Description = null, bool? IsEnabled = null, int? RolloutPercentage = null) : ICommand<FeatureFlagDto>
{
    [JsonIgnore]
    public string Key { get; init; } = "";
}

internal sealed class UpdateFlagCommandValidator : AbstractValidator<UpdateFlagCommand>
{
    public UpdateFlagCommandValidator()
    {
        RuleFor(c => c.Description).MaximumLength(2000);
        RuleFor(c => c.RolloutPercentage).InclusiveBetween(0, 100);
    }
}

internal sealed class UpdateFlagCommandHandler(IFeatureFlagRepository flags, ICurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateFlagCommand, FeatureFlagDto>
{
    public async Task<FeatureFlagDto> Handle(UpdateFlagCommand request, CancellationToken cancellationToken)
    {
        var flag = await flags.GetAsync(request.Key, cancellationToken) ?? throw new NotFoundException($"No feature flag '{request.Key}'.");
        flag.Change(request.Description ?? flag.Description, request.IsEnabled ?? flag.IsEnabled, request.RolloutPercentage ?? flag.RolloutPercentage,
            caller.RequireUserId(), clock.GetUtcNow());
        return flag.ToDto();
    }
}
