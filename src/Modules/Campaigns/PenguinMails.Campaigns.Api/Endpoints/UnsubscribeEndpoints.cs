using System.Net;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Unsubscribes.Unsubscribe;

namespace PenguinMails.Campaigns.Api.Endpoints;

/// <summary>
/// The links in every e-mail's List-Unsubscribe header and body: RFC 8058's one-click POST (no sign-in, no cookie, no
/// redirect; the body, "List-Unsubscribe=One-Click", is not needed to act) and a GET that does the same and says so
/// on a small page.
/// </summary>
internal static class UnsubscribeEndpoints
{
    public static void MapUnsubscribeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var unsubscribe = endpoints.MapApiGroup("/unsubscribe", "Campaigns");
        unsubscribe.MapPost("/{token}", (string token, IMediator m, CancellationToken ct) => m.Send(new UnsubscribeCommand(token), ct))
            .AllowAnonymous().ThrottledPerClient()
            .WithName("Unsubscribe").WithSummary("One-click unsubscribe (RFC 8058): the lead stops in every campaign and its address is suppressed.")
            .Produces<UnsubscribedDto>().ProducesProblem(StatusCodes.Status404NotFound);
        unsubscribe.MapGet("/{token}", async (string token, IMediator m, CancellationToken ct) =>
            {
                var done = await m.Send(new UnsubscribeCommand(token), ct);
                return Results.Content(Page(done), "text/html; charset=utf-8");
            })
            .AllowAnonymous().ThrottledPerClient()
            .WithName("UnsubscribePage").WithSummary("The same unsubscribe from a browser, answered with a page that confirms it.")
            .Produces<string>(StatusCodes.Status200OK, "text/html").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static string Page(UnsubscribedDto done) => $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Unsubscribed</title></head>
        <body style="font-family: sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem;">
        <h1>You are unsubscribed</h1>
        <p>{WebUtility.HtmlEncode(done.Email)} will not receive these e-mails again.</p>
        </body></html>
        """;
}
