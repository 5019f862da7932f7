namespace PenguinMails.BuildingBlocks.Application.Errors;

/// <summary>The body's media type is not one the route reads: 415, saying which it reads.</summary>
public sealed class UnsupportedMediaTypeException(string message) : Exception(message);
