using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Templates.Labels.UntagTemplate;

public sealed record UntagTemplateCommand(Guid TemplateId, long TagId) : ICommand<Unit>;
