namespace PenguinMails.BuildingBlocks.Application.Errors;

/// <summary>A unique value is taken, or the resource is in a state that refuses the action: 409.</summary>
public sealed class ConflictException(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    /// <summary>Kebab-case; the problem type's last segment.</summary>
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
