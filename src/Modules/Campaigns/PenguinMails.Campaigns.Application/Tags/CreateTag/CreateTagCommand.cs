using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Tags.CreateTag;

/// <summary>A tenant tag; its value is unique in the tenant, whatever its case (409).</summary>
public sealed record CreateTagCommand(string Value, string? Name = null, string? Description = null) : ICommand<TagDto>;
