using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Templates.Labels;

namespace PenguinMails.Campaigns.Application.Templates.Labels.UntagTemplate;

public sealed record UntagTemplateCommand(Guid TemplateId, long TagId) : ICommand<Unit>;
