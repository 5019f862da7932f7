using System.Text.Json;

namespace PenguinMails.Staff.Domain;

internal sealed partial class SystemConfig
{
    /// <summary>What a sensitive value reads as, anywhere outside the database.</summary>
    public const string Mask = "***";

    private SystemConfig()
    {
    }

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
