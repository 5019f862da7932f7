using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Deliverability.Application.EmailAccounts.GetEmailAccount;

namespace PenguinMails.Campaigns.Application.Campaigns;

/// <summary>draft → scheduled at a future time; the sequence must be able to send (409 otherwise).</summary>
public sealed record ScheduleCampaignCommand(DateTimeOffset Scheduled) : ICommand<CampaignDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

/// <summary>The other lifecycle moves, each refused with 409 from the wrong status.</summary>
public sealed record ChangeCampaignStatusCommand(Guid Id, CampaignAction Action) : ICommand<CampaignDto>;

public enum CampaignAction
{
    Unschedule,
    Start,
    Pause,
    Resume,
    Complete,
}

internal sealed class ScheduleCampaignCommandValidator : AbstractValidator<ScheduleCampaignCommand>
{
    public ScheduleCampaignCommandValidator() => RuleFor(c => c.Scheduled).NotEmpty();
}

internal sealed class CampaignLifecycleHandlers(ICampaignRepository campaigns, IMediator mediator, TimeProvider clock) :
    IRequestHandler<ScheduleCampaignCommand, CampaignDto>,
    IRequestHandler<ChangeCampaignStatusCommand, CampaignDto>
{
    /// <summary>Deliverability's status of an account that sends (its contract's value).</summary>
    private const string ActiveAccount = "active";

    public async Task<CampaignDto> Handle(ScheduleCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignAsync(request.Id, cancellationToken);
        var steps = await campaigns.StepsAsync(campaign.Id, cancellationToken);
        campaign.Schedule(request.Scheduled, steps, await SendingAccountsAsync(steps, cancellationToken), clock.GetUtcNow());
        return campaign.ToDto();
    }

    public async Task<CampaignDto> Handle(ChangeCampaignStatusCommand request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignAsync(request.Id, cancellationToken);
        var now = clock.GetUtcNow();
        Action<DateTimeOffset> move = request.Action switch
        {
            CampaignAction.Unschedule => campaign.Unschedule,
            CampaignAction.Start => campaign.Start,
            CampaignAction.Pause => campaign.Pause,
            CampaignAction.Resume => campaign.Resume,
            _ => campaign.Complete,
        };
        move(now);
        return campaign.ToDto();
    }

    /// <summary>The accounts the email steps use that can send now (active, of this tenant).</summary>
    private async Task<IReadOnlySet<Guid>> SendingAccountsAsync(IEnumerable<CampaignSequenceStep> steps, CancellationToken cancellationToken)
    {
        var sending = new HashSet<Guid>();
        foreach (var accountId in steps.Where(s => s.StepType == StepType.Email && s.EmailAccountId is not null).Select(s => s.EmailAccountId!.Value).Distinct())
        {
            try
            {
                if ((await mediator.Send(new GetEmailAccountQuery(accountId), cancellationToken)).Status == ActiveAccount)
                {
                    sending.Add(accountId);
                }
            }
            catch (NotFoundException)
            {
                // Not this tenant's (or gone): the step cannot send.
            }
        }

        return sending;
    }

    private async Task<Campaign> CampaignAsync(Guid id, CancellationToken cancellationToken) =>
        await campaigns.GetForUpdateAsync(id, cancellationToken) ?? throw NotFoundException.For("campaign", id);
}
