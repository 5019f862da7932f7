using System.Text.Json;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Staff.Domain;

/// <summary>A row of <c>system_config</c>.</summary>
internal sealed class SystemConfig : Entity, IAggregateRoot
{
    /// <summary>What a sensitive value reads as, anywhere outside the database.</summary>
    public const string Mask = "***";

    private SystemConfig()
    {
    }

    public string Key { get; private set; } = default!;

    public JsonElement? Value { get; private set; }

    public string? Description { get; private set; }

    public string? Category { get; private set; }

    public bool IsSensitive { get; private set; }

    public Guid? UpdatedBy { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public static SystemConfig Create(string key, JsonElement value, string? description, string? category, bool isSensitive, Guid updatedBy, DateTimeOffset now)
    {
        var config = new SystemConfig { Key = key };
        config.Set(value, description, category, isSensitive, updatedBy, now);
        return config;
    }

    public void Set(JsonElement value, string? description, string? category, bool isSensitive, Guid updatedBy, DateTimeOffset now)
    {
        Value = value;
        Description = description;
        Category = category;
        IsSensitive = isSensitive;
        UpdatedBy = updatedBy;
        Updated = now;
    }

    /// <summary>The value as it may be shown: a sensitive one only as <see cref="Mask"/>.</summary>
    public JsonElement? VisibleValue => IsSensitive ? JsonSerializer.SerializeToElement(Mask) : Value;
}
