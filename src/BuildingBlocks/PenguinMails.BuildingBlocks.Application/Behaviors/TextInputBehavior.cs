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

/// <summary>Walks an object graph for a NUL character and names the first field that holds one, in the API's camelCase.</summary>
public static class TextInputScanner
{
    private const int MaxDepth = 12;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Members = new();

    /// <returns>The path of the first field holding U+0000 ("roles[1]", "settings.name"), or null when there is none.</returns>
    public static string? FindNul(object? value) => Find(value, "", 0);

    private static string? Find(object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return TextInput.HasNul(text) ? Named(path) : null;
            case char character:
                return character == '\0' ? Named(path) : null;
            case JsonElement element:
                return FindInJson(element, path);
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var entryPath = $"{path}.{entry.Key}";
                    if (entry.Key is string key && TextInput.HasNul(key))
                    {
                        return Named(path);
                    }

                    if (depth < MaxDepth && Find(entry.Value, entryPath, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IEnumerable items when !IsOpaque(value.GetType()):
                var index = 0;
                foreach (var item in items)
                {
                    if (depth < MaxDepth && Find(item, $"{path}[{index}]", depth + 1) is { } found)
                    {
                        return found;
                    }

                    index++;
                }

                return null;
        }

        var valueType = value.GetType();
        if (IsOpaque(valueType) || depth >= MaxDepth)
        {
            return null;
        }

        // A PATCH field is its value on the wire: "name", not "name.value".
        if (valueType.IsGenericType && valueType.GetGenericTypeDefinition() == typeof(Optional<>))
        {
            return Find(valueType.GetProperty(nameof(Optional<object>.Value))!.GetValue(value), path, depth + 1);
        }

        foreach (var property in Members.GetOrAdd(valueType, Readable))
        {
            if (Find(property.GetValue(value), path.Length == 0 ? property.Name : $"{path}.{property.Name}", depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? FindInJson(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return TextInput.HasNul(element.GetString()) ? Named(path) : null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindInJson(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (TextInput.HasNul(property.Name))
                    {
                        return Named(path);
                    }

                    if (FindInJson(property.Value, $"{path}.{property.Name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string Named(string path) => path.Length == 0 ? "body" : PropertyPath.ToCamelCase(path.TrimStart('.'));

    // Types that hold no client text of their own: numbers, enums, streams, bytes, and every framework type but collections.
    private static bool IsOpaque(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(byte[]) || typeof(Stream).IsAssignableFrom(type)
        || (!IsOurs(type) && !typeof(IEnumerable).IsAssignableFrom(type));

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("PenguinMails", StringComparison.Ordinal) == true;

    // Records and Optional<T> expose their values as properties; indexers hold none.
    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)];
}
