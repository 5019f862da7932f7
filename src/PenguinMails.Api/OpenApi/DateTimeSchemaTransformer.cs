using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PenguinMails.Api.OpenApi;

/// <summary>
/// Instants are read by the API's own converter (each is kept in UTC), which the schema generator cannot see into:
/// the document shows them as what they are on the wire, ISO 8601 strings.
/// </summary>
internal sealed class DateTimeSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
        {
            schema.Type = type == typeof(DateTimeOffset) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
        }

        return Task.CompletedTask;
    }
}
