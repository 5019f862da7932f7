using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Enrollments.PauseEnrollment;

public sealed record PauseEnrollmentCommand(Guid CampaignId, Guid LeadId) : ICommand<EnrollmentDto>;
