using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Steps.RecordStepExecution;

/// <summary>For the sending engine (in-process, no route): counts one execution of a step.</summary>
public sealed record RecordStepExecutionCommand(Guid StepId) : ICommand<Unit>;
