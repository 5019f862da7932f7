using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Enrollments.GetEnrollment;

public sealed record GetEnrollmentQuery(Guid CampaignId, Guid LeadId) : IQuery<EnrollmentDto>;
