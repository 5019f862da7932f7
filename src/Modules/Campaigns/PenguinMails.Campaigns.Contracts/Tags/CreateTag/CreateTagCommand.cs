using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Tags.CreateTag;

/// <summary>A tenant tag; its value is unique in the tenant, whatever its case (409).</summary>
public sealed record CreateTagCommand(string Value, string? Name = null, string? Description = null) : ICommand<TagDto>;
