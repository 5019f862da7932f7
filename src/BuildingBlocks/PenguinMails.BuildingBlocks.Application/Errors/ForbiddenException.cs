namespace PenguinMails.BuildingBlocks.Application.Errors;

/// <summary>The caller is known but not allowed (role, staff permission, plan): 403.</summary>
public sealed class ForbiddenException(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
