using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Templates.Labels.TagTemplate;

/// <summary>Tags the template with one of the tenant's tags or a platform default; already tagged is 409.</summary>
public sealed record TagTemplateCommand(Guid TemplateId, long TagId) : ICommand<Unit>;
