using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Workspace.Application.Companies.GetCompany;

namespace PenguinMails.Campaigns.Application.Campaigns;

/// <summary>A draft campaign for one of the tenant's companies; counts toward the plan's campaigns this month.</summary>
public sealed record CreateCampaignCommand(Guid CompanyId, string Name, string? Description = null) : ICommand<CampaignDto>;

/// <summary>Changes name or description (any time) or company (while draft); null clears the description.</summary>
public sealed record UpdateCampaignCommand : ICommand<CampaignDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string> Name { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<Guid> CompanyId { get; init; }
}

/// <summary>Deletes a draft, paused or completed campaign with its steps; a scheduled or sending one is 409.</summary>
public sealed record DeleteCampaignCommand(Guid Id) : ICommand<Unit>;

public sealed record GetCampaignQuery(Guid Id) : IQuery<CampaignDto>;

/// <summary>The tenant's campaigns, oldest first; ?companyId=, ?status=.</summary>
public sealed record ListCampaignsQuery(int Limit = PageLimits.Default, string? Cursor = null, Guid? CompanyId = null, string? Status = null)
    : IQuery<CursorPage<CampaignDto>>;

internal static class CampaignRules
{
    public static IRuleBuilderOptions<T, string> ValidCampaignName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(n => n is null || n.Trim().Length is > 0 and <= Campaign.MaxNameLength)
            .WithMessage($"'{{PropertyName}}' has 1 to {Campaign.MaxNameLength} characters.");
}

internal sealed class CreateCampaignCommandValidator : AbstractValidator<CreateCampaignCommand>
{
    public CreateCampaignCommandValidator()
    {
        RuleFor(c => c.CompanyId).NotEmpty();
        RuleFor(c => c.Name).ValidCampaignName();
        RuleFor(c => c.Description).MaximumLength(5000);
    }
}

internal sealed class UpdateCampaignCommandValidator : PatchValidator<UpdateCampaignCommand>
{
    public UpdateCampaignCommandValidator()
    {
        RuleForPatch(c => c.Name, r => r.ValidCampaignName());
        RuleForPatch(c => c.Description, r => r.MaximumLength(5000));
        RuleForPatch(c => c.CompanyId, r => r.NotEmpty());
    }
}

internal sealed class ListCampaignsQueryValidator : AbstractValidator<ListCampaignsQuery>
{
    public ListCampaignsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
        RuleFor(q => q.Status).OneOf(CampaignStatus.All);
    }
}

internal sealed class CampaignHandlers(ICurrentTenant current, ICampaignRepository campaigns, ITenantLocks locks, IMediator mediator, TimeProvider clock) :
    IRequestHandler<CreateCampaignCommand, CampaignDto>,
    IRequestHandler<UpdateCampaignCommand, CampaignDto>,
    IRequestHandler<DeleteCampaignCommand, Unit>,
    IRequestHandler<GetCampaignQuery, CampaignDto>,
    IRequestHandler<ListCampaignsQuery, CursorPage<CampaignDto>>
{
    public const string CampaignLock = "limit:" + PlanLimit.CampaignsPerMonth;

    public async Task<CampaignDto> Handle(CreateCampaignCommand request, CancellationToken cancellationToken)
    {
        await mediator.Send(new GetCompanyQuery(request.CompanyId), cancellationToken);
        var now = clock.GetUtcNow();
        await locks.LockAsync(CampaignLock, cancellationToken);
        var entitlements = await mediator.Send(new GetEntitlementsQuery(), cancellationToken);
        entitlements.Ensure(PlanLimit.CampaignsPerMonth, await campaigns.CountCreatedSinceAsync(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero), cancellationToken));
        var campaign = Campaign.Create(current.RequireTenantId(), request.CompanyId, request.Name, request.Description, now);
        campaigns.Add(campaign);
        return campaign.ToDto();
    }

    public async Task<CampaignDto> Handle(UpdateCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("campaign", request.Id);
        var now = clock.GetUtcNow();
        if (request.CompanyId.IsSet && request.CompanyId.Value != campaign.CompanyId)
        {
            await mediator.Send(new GetCompanyQuery(request.CompanyId.Value), cancellationToken);
            campaign.MoveToCompany(request.CompanyId.Value, now);
        }

        campaign.Change(request.Name, request.Description, now);
        return campaign.ToDto();
    }

    public async Task<Unit> Handle(DeleteCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("campaign", request.Id);
        campaign.EnsureDeletable();
        campaigns.Remove(campaign);
        return Unit.Value;
    }

    public async Task<CampaignDto> Handle(GetCampaignQuery request, CancellationToken cancellationToken) =>
        (await campaigns.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("campaign", request.Id)).ToDto();

    public async Task<CursorPage<CampaignDto>> Handle(ListCampaignsQuery request, CancellationToken cancellationToken)
    {
        var after = CreatedPosition.Decode(request.Cursor);
        var rows = await campaigns.ListAsync(request.CompanyId, request.Status, after?.Created, after?.Id, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, c => c.ToDto(), c => new CreatedPosition(c.Created, c.Id).Encode());
    }
}
