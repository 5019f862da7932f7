namespace PenguinMails.BuildingBlocks.Api.Endpoints;

/// <summary>The area of the API a route belongs to for API key scopes (<c>leads</c>, <c>campaigns</c>…).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ApiKeyResourceAttribute(string resource) : Attribute
{
    public string Resource { get; } = resource;
}
