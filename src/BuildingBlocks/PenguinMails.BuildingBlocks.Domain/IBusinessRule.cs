namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>A named business rule an aggregate checks before it changes.</summary>
public interface IBusinessRule
{
    /// <summary>Stable, kebab-case identifier; it becomes the problem type's last segment.</summary>
    string Code { get; }

    string Message { get; }

    bool IsBroken();
}
