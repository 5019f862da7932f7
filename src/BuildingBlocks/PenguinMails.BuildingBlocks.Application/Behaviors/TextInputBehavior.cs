using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Refuses a request carrying text PostgreSQL cannot store (<see cref="TextInput"/>) in any field, however deep: strings,
/// lists, dictionaries (keys too), PATCH fields and free JSON. It runs for every command and query, whichever endpoint,
/// module or job sent it, so no handler has to remember to.
/// </summary>
internal sealed class TextInputBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (TextInputScanner.FindNul(request) is { } path)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { [path] = [TextInput.NulMessage] });
        }

        return next();
    }
}

/// <summary>
/// Walks an object graph for a NUL character and names the first field that holds one, in the API's camelCase. It runs
/// on every request: what a type holds is worked out once per type, and a field's path is only spelled out when a NUL
/// is found.
/// </summary>
public static class TextInputScanner
{
    private const int MaxDepth = 12;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    /// <returns>The path of the first field holding U+0000 ("roles[1]", "settings.name"), or null when there is none.</returns>
    public static string? FindNul(object? value)
    {
        var path = new List<Segment>();
        return Find(value, path) ? Named(path) : null;
    }

    private static bool Find(object? value, List<Segment> path)
    {
        if (path.Count > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case null:
                return false;
            case string text:
                return TextInput.HasNul(text);
            case char character:
                return character == '\0';
            case JsonElement element:
                return FindInJson(element, path);
        }

        var shape = Shapes.GetOrAdd(value.GetType(), Shape.Of);
        switch (shape.Kind)
        {
            case ShapeKind.Opaque:
                return false;
            case ShapeKind.Optional:
                // A PATCH field is its value on the wire: "name", not "name.value".
                return Find(shape.Properties[0].GetValue(value), path);
            case ShapeKind.Dictionary:
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    if (entry.Key is string key && TextInput.HasNul(key))
                    {
                        return true;
                    }

                    if (Within(path, new Segment($"{entry.Key}", -1), entry.Value))
                    {
                        return true;
                    }
                }

                return false;
            case ShapeKind.Sequence:
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    if (Within(path, new Segment(null, index++), item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                foreach (var property in shape.Properties)
                {
                    if (Within(path, new Segment(property.Name, -1), property.GetValue(value)))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    // Looks inside one field or element, keeping its segment on the path only if a NUL is there.
    private static bool Within(List<Segment> path, Segment segment, object? value)
    {
        path.Add(segment);
        if (Find(value, path))
        {
            return true;
        }

        path.RemoveAt(path.Count - 1);
        return false;
    }

    private static bool FindInJson(JsonElement element, List<Segment> path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return TextInput.HasNul(element.GetString());
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    path.Add(new Segment(null, index++));
                    if (FindInJson(item, path))
                    {
                        return true;
                    }

                    path.RemoveAt(path.Count - 1);
                }

                return false;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (TextInput.HasNul(property.Name))
                    {
                        return true;
                    }

                    path.Add(new Segment(property.Name, -1));
                    if (FindInJson(property.Value, path))
                    {
                        return true;
                    }

                    path.RemoveAt(path.Count - 1);
                }

                return false;
            default:
                return false;
        }
    }

    private static string Named(List<Segment> path)
    {
        if (path.Count == 0)
        {
            return "body";
        }

        var name = new System.Text.StringBuilder();
        foreach (var segment in path)
        {
            _ = segment.Name is { } field
                ? name.Append(name.Length == 0 ? "" : ".").Append(field)
                : name.Append('[').Append(segment.Index).Append(']');
        }

        return PropertyPath.ToCamelCase(name.ToString());
    }

    /// <summary>A property or key (<see cref="Name"/>), or a list element (<see cref="Index"/>).</summary>
    private readonly record struct Segment(string? Name, int Index);

    private enum ShapeKind { Opaque, Optional, Dictionary, Sequence, Record }

    /// <summary>What a type can hold, worked out once: nothing (numbers, enums, streams, framework types), or text to look at.</summary>
    private sealed record Shape(ShapeKind Kind, PropertyInfo[] Properties)
    {
        public static Shape Of(Type type)
        {
            if (type.IsPrimitive || type.IsEnum || type == typeof(byte[]) || typeof(Stream).IsAssignableFrom(type))
            {
                return new(ShapeKind.Opaque, []);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>))
            {
                return new(ShapeKind.Optional, [type.GetProperty(nameof(Optional<object>.Value))!]);
            }

            if (typeof(IDictionary).IsAssignableFrom(type))
            {
                return new(ShapeKind.Dictionary, []);
            }

            if (typeof(IEnumerable).IsAssignableFrom(type))
            {
                return new(ShapeKind.Sequence, []);
            }

            // Records of the project's own expose their values as properties; indexers hold none.
            return type.Namespace?.StartsWith("PenguinMails", StringComparison.Ordinal) == true
                ? new(ShapeKind.Record, [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)])
                : new(ShapeKind.Opaque, []);
        }
    }
}
