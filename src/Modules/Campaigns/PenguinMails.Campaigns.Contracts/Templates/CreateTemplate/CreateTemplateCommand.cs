using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Templates.CreateTemplate;

/// <summary>A template; a <c>{{</c> without its <c>}}</c> in subject or content is refused (400).</summary>
public sealed record CreateTemplateCommand(string Name, string? Subject = null, string? Content = null, bool IsStarted = false) : ICommand<TemplateDto>;
