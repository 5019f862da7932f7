using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Maps a typed object to a JSONB column with the seed's snake_case keys (dns_records' "record_type",
/// "verification_status", ...). Serialization is System.Text.Json's, so the stored shape is exactly the documented one.
/// </summary>
public static class JsonColumn
{
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static PropertyBuilder<T?> IsJsonb<T>(this PropertyBuilder<T?> property)
        where T : class =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                new ValueConverter<T?, string?>(v => Serialize(v), s => Deserialize<T>(s)),
                new ValueComparer<T?>(
                    (a, b) => Serialize(a) == Serialize(b),
                    v => v == null ? 0 : Serialize(v)!.GetHashCode(StringComparison.Ordinal),
                    v => Deserialize<T>(Serialize(v))));

    /// <summary>A NOT NULL JSONB column: the value is never null, and a column's JSON null reads as an empty value.</summary>
    public static PropertyBuilder<T> IsRequiredJsonb<T>(this PropertyBuilder<T> property)
        where T : class, new() =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                new ValueConverter<T, string>(v => Serialize(v)!, s => Deserialize<T>(s) ?? new T()),
                new ValueComparer<T>(
                    (a, b) => Serialize(a) == Serialize(b),
                    v => Serialize(v)!.GetHashCode(StringComparison.Ordinal),
                    v => Deserialize<T>(Serialize(v)) ?? new T()));

    /// <summary>An arbitrary JSON value (system_config.value), kept as a parsed <see cref="JsonElement"/>.</summary>
    public static PropertyBuilder<JsonElement?> IsJsonb(this PropertyBuilder<JsonElement?> property) =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                new ValueConverter<JsonElement?, string?>(v => RawText(v), s => Parse(s)),
                new ValueComparer<JsonElement?>(
                    (a, b) => RawText(a) == RawText(b),
                    v => v == null ? 0 : RawText(v)!.GetHashCode(StringComparison.Ordinal),
                    v => Parse(RawText(v))));

    private static string? Serialize<T>(T? value) => value is null ? null : JsonSerializer.Serialize(value, SerializerOptions);

    private static T? Deserialize<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, SerializerOptions);

    private static string? RawText(JsonElement? value) => value?.GetRawText();

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
