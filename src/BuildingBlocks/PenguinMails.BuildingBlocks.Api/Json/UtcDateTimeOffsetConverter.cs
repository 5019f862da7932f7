using System.Text.Json;
using System.Text.Json.Serialization;

namespace PenguinMails.BuildingBlocks.Api.Json;

/// <summary>
/// Every instant a client sends is kept in UTC: PostgreSQL's timestamptz takes only that from Npgsql, and an
/// offset (+05:00) names the same instant anyway. One whose UTC form falls outside the calendar (9999-12-31T23:00-05:00)
/// does not parse, and is refused as unreadable (400).
/// </summary>
internal sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var value))
        {
            throw new JsonException("The value is not a date and time in ISO 8601 form, such as 2027-01-01T00:00:00Z.");
        }

        return value.ToUniversalTime();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
