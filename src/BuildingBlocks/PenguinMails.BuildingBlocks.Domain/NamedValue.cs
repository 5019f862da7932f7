namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>
/// One of a closed set of values known by name, such as a status: stored and shown as its name, compared by
/// reference (each value exists once), so nothing outside the set can be assigned.
/// </summary>
public abstract class NamedValue(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;

    /// <summary>The value of <paramref name="all"/> named <paramref name="name"/>; any other name is refused.</summary>
    protected static TValue Of<TValue>(IReadOnlyList<TValue> all, string name)
        where TValue : NamedValue =>
        all.SingleOrDefault(v => v.Name == name) ?? throw new ArgumentOutOfRangeException(nameof(name), name, $"Not a {typeof(TValue).Name}.");
}
