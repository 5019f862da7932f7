using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Api.OpenApi;

/// <summary>
/// A PATCH field (<see cref="Optional{T}"/>) travels as its value: the document shows the value's schema, not the
/// wrapper's shape. Leaving a field out of the body is what "unchanged" means.
/// </summary>
internal sealed class OptionalSchemaTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Optional<>))
        {
            return;
        }

        var inner = await context.GetOrCreateSchemaAsync(type.GetGenericArguments()[0], null, cancellationToken);
        schema.Type = inner.Type;
        schema.Format = inner.Format;
        schema.Properties = inner.Properties;
        schema.Required = inner.Required;
        schema.Items = inner.Items;
        schema.Enum = inner.Enum;
        schema.Pattern = inner.Pattern;
        schema.AllOf = inner.AllOf;
        schema.OneOf = inner.OneOf;
        schema.AnyOf = inner.AnyOf;
        schema.Description ??= "Leave out to keep the current value.";
    }
}
