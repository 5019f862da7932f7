namespace PenguinMails.BuildingBlocks.Application.Messaging;

/// <summary>
/// A command that talks to the world outside the database (an SMTP server) and so must not hold a transaction while it
/// waits: the unit-of-work behavior leaves it without one, and its handler's writes are single statements.
/// </summary>
public interface IOutsideUnitOfWork;
