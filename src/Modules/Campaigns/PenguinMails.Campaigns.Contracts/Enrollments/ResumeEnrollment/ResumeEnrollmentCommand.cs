using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Enrollments.ResumeEnrollment;

public sealed record ResumeEnrollmentCommand(Guid CampaignId, Guid LeadId) : ICommand<EnrollmentDto>;
