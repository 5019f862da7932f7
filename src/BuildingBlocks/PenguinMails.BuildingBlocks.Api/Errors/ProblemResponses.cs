using Microsoft.AspNetCore.Http;

namespace PenguinMails.BuildingBlocks.Api.Errors;

/// <summary>A problem answer written by middleware that refuses a request before any handler runs.</summary>
internal static class ProblemResponses
{
    public static Task WriteAsync(HttpContext context, IProblemDetailsService problems, int status, string code, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Type = ProblemTypes.For(code), Title = title, Detail = detail },
        }).AsTask();
    }
}
