using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Tags.DeleteTag;

/// <summary>Deletes the tenant's own tag and untags its templates; a platform default cannot be deleted (403).</summary>
public sealed record DeleteTagCommand(long Id) : ICommand<Unit>;
