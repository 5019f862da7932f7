namespace PenguinMails.BuildingBlocks.Application.Behaviors;

/// <summary>Turns a .NET property path ("BillingAddress.PostalCode") into the API's camelCase ("billingAddress.postalCode").</summary>
public static class PropertyPath
{
    public static string ToCamelCase(string path) =>
        string.Join('.', path.Split('.').Select(segment =>
            segment.Length == 0 || char.IsLower(segment[0]) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
