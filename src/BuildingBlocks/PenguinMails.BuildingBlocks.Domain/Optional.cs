using System.Text.Json;
using System.Text.Json.Serialization;

namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>
/// A PATCH field: absent from the body (<see cref="IsSet"/> false: leave the value as it is) or present, null
/// included (set it, or clear it). A nullable property cannot tell "absent" from "null"; this can.
/// </summary>
[JsonConverter(typeof(OptionalJsonConverterFactory))]
public readonly struct Optional<T>
{
    public Optional(T value)
    {
        Value = value;
        IsSet = true;
    }

    public bool IsSet { get; }

    public T Value { get; }

    /// <summary>The new value when the field was sent, else <paramref name="current"/>.</summary>
    public T Or(T current) => IsSet ? Value : current;

    /// <summary>The same presence, with the value converted (a contract's shape to the domain's).</summary>
    public Optional<TOut> Select<TOut>(Func<T, TOut> convert) => IsSet ? new(convert(Value)) : default;

    public static implicit operator Optional<T>(T value) => new(value);

    public override string ToString() => IsSet ? $"{Value}" : "(absent)";
}

/// <summary>Reads a present JSON value, null included, into a set <see cref="Optional{T}"/>; an absent one never reaches it.</summary>
public sealed class OptionalJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(OptionalJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class OptionalJsonConverter<T> : JsonConverter<Optional<T>>
    {
        public override bool HandleNull => true;

        private static readonly bool NullAllowed = !typeof(T).IsValueType || Nullable.GetUnderlyingType(typeof(T)) is not null;

        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                try
                {
                    return new(JsonSerializer.Deserialize<T>(ref reader, options)!);
                }
                catch (JsonException nested) when (nested.Path is not null)
                {
                    // The nested read knows only its own path ("$"); without one, the serializer reports this field's.
                    throw new JsonException(nested.Message, nested);
                }
            }

            // A true/false or number field cannot be cleared; a text field's validator decides whether it may be.
            return NullAllowed ? new(default!) : throw new JsonException($"null is not a valid {typeof(T).Name} value.");
        }

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.IsSet ? value.Value : default, options);
    }
}
