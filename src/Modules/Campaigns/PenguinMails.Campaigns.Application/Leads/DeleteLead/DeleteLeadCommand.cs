using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Application.Leads.DeleteLead;

public sealed record DeleteLeadCommand(Guid Id) : ICommand<Unit>;
