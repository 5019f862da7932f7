using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Enrollments.RemoveEnrollment;

/// <summary>Takes the lead out of the campaign: nothing more is sent to it from this campaign.</summary>
public sealed record RemoveEnrollmentCommand(Guid CampaignId, Guid LeadId) : ICommand<Unit>;
