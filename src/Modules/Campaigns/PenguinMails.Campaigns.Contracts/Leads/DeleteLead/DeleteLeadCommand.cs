using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Leads.DeleteLead;

public sealed record DeleteLeadCommand(Guid Id) : ICommand<Unit>;
