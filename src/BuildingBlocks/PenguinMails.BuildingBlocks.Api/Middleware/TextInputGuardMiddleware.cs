using Microsoft.AspNetCore.Http;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Validation;

namespace PenguinMails.BuildingBlocks.Api.Middleware;

/// <summary>
/// Refuses U+0000 anywhere in the URL (the decoded path, route values, query names and values) with a 400 naming the
/// field, before any endpoint binds it. Bodies are checked where they become requests (<c>TextInputBehavior</c>).
/// Runs after routing, so route values are known.
/// </summary>
internal sealed class TextInputGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (FindNul(context.Request) is { } field)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { [field] = [TextInput.NulMessage] });
        }

        return next(context);
    }

    private static string? FindNul(HttpRequest request)
    {
        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && TextInput.HasNul(text))
            {
                return name;
            }
        }

        if (TextInput.HasNul(request.Path.Value))
        {
            return "path";
        }

        if (!request.QueryString.HasValue)
        {
            return null;
        }

        foreach (var (name, values) in request.Query)
        {
            if (TextInput.HasNul(name))
            {
                return "query";
            }

            foreach (var value in values)
            {
                if (TextInput.HasNul(value))
                {
                    return name;
                }
            }
        }

        return null;
    }
}
