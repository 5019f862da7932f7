using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Templates.GetTemplate;

public sealed record GetTemplateQuery(Guid Id) : IQuery<TemplateDto>;
