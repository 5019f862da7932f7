namespace PenguinMails.BuildingBlocks.Application.Errors;

/// <summary>The request failed validation: 400 with the errors keyed by camelCase property.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more validation errors occurred.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
