using PenguinMails.Campaigns.Contracts;

namespace PenguinMails.Campaigns.Application.Sending;

/// <summary>The caller's tenant's message log in the Content Database (ADR 0030), read under its row-level security.</summary>
internal interface IMessageLogReader
{
    Task<IReadOnlyList<SentEmailDto>> OfEnrollmentAsync(Guid enrollmentId, CancellationToken cancellationToken);
}
