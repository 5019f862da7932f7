using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Flags.CreateFlag;

/// <summary>A new flag; the key is unique (409 at commit).</summary>
[RequiresStaffPermission(StaffPermissionNames.FlagsManage)]
public sealed record CreateFlagCommand(string Key, string? Description = null, bool IsEnabled = false, int RolloutPercentage = 0) : ICommand<FeatureFlagDto>;

internal sealed class CreateFlagCommandValidator : AbstractValidator<CreateFlagCommand>
{
    public CreateFlagCommandValidator()
    {
        RuleFor(c => c.Key).ValidFlagKey();
        RuleFor(c => c.Description).MaximumLength(2000);
        RuleFor(c => c.RolloutPercentage).InclusiveBetween(0, 100);
    }
}

internal sealed class CreateFlagCommandHandler(IFeatureFlagRepository flags, ICurrentUser caller, TimeProvider clock) : IRequestHandler<CreateFlagCommand, FeatureFlagDto>
{
    public Task<FeatureFlagDto> Handle(CreateFlagCommand request, CancellationToken cancellationToken)
    {
        var flag = FeatureFlag.Create(request.Key, request.Description, request.IsEnabled, request.RolloutPercentage, caller.RequireUserId(), clock.GetUtcNow());
        flags.Add(flag);
        return Task.FromResult(flag.ToDto());
    }
}
