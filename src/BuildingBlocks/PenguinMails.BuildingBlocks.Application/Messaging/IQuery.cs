using MediatR;

namespace PenguinMails.BuildingBlocks.Application.Messaging;

/// <summary>A request that only reads. Runs without an explicit transaction; each query carries its own tenant context.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
