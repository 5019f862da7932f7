using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Templates.GetTemplate;

public sealed record GetTemplateQuery(Guid Id) : IQuery<TemplateDto>;
