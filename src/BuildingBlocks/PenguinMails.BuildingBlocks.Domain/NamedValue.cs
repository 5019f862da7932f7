using System.Reflection;

namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>
/// One of a closed set of values known by name, such as a status: stored and shown as its name, compared by
/// reference (each value exists once), so nothing outside the set can be assigned.
/// </summary>
public abstract class NamedValue(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>
/// A closed set declared as the <c>public static readonly</c> fields of <typeparamref name="TSelf"/> (with a private
/// constructor), in the order written: that order is the one clients read in lists and error messages.
/// </summary>
public abstract class NamedValue<TSelf>(string name) : NamedValue(name)
    where TSelf : NamedValue<TSelf>
{
    public static IReadOnlyList<TSelf> All => Declared.Values;

    /// <summary>The names, as clients send and read them.</summary>
    public static IReadOnlyList<string> Names => Declared.Names;

    /// <summary>The value of this name; any other name is refused (the database's check constraints agree).</summary>
    public static TSelf Of(string name) =>
        Declared.Values.SingleOrDefault(v => v.Name == name) ?? throw new ArgumentOutOfRangeException(nameof(name), name, $"Not a {typeof(TSelf).Name}.");

    // A nested class, so the fields are read after TSelf's own static initializer has created them.
    private static class Declared
    {
        public static readonly IReadOnlyList<TSelf> Values = [.. typeof(TSelf)
            .GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => f.IsInitOnly && f.FieldType == typeof(TSelf))
            .OrderBy(f => f.MetadataToken)
            .Select(f => (TSelf)f.GetValue(null)!)];

        public static readonly IReadOnlyList<string> Names = [.. Values.Select(v => v.Name)];
    }
}
