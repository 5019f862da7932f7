using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Tags.GetTag;

public sealed record GetTagQuery(long Id) : IQuery<TagDto>;
