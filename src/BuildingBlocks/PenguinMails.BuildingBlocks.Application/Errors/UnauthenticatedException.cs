namespace PenguinMails.BuildingBlocks.Application.Errors;

/// <summary>The credentials presented do not establish who is calling: 401.</summary>
public sealed class UnauthenticatedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
