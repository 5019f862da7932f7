namespace PenguinMails.BuildingBlocks.Application.Errors;

/// <summary>A dependency (the database) cannot serve the request now: 503, and the client may retry.</summary>
public sealed class ServiceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
