namespace PenguinMails.BuildingBlocks.Api.Endpoints;

/// <summary>A route's own request body limit, in bytes.</summary>
public sealed record RequestBodyLimitMetadata(long MaxBytes);
