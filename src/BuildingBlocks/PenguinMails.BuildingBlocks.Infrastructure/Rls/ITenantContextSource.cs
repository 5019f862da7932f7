namespace PenguinMails.BuildingBlocks.Infrastructure.Rls;

/// <summary>What a DbContext tells the RLS interceptors about the request it serves.</summary>
public interface ITenantContextSource
{
    Guid? CurrentTenantId { get; }

    Guid? CurrentUserId { get; }
}
