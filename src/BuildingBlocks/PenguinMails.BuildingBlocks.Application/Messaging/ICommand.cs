using MediatR;

namespace PenguinMails.BuildingBlocks.Application.Messaging;

/// <summary>Marks every command, whatever it returns, so pipeline behaviors can tell commands from queries.</summary>
public interface ICommand;

/// <summary>A request that changes state. Runs inside one unit of work (transaction) per outermost command.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>, ICommand;
