using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Tags.GetTag;

public sealed record GetTagQuery(long Id) : IQuery<TagDto>;
