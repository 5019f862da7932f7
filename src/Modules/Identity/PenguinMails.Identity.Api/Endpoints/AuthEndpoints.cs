using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Api.Errors;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Auth.AcceptInvitation;
using PenguinMails.Identity.Contracts.Auth.CompleteTwoFactorLogIn;
using PenguinMails.Identity.Contracts.Auth.ConfirmSignUp;
using PenguinMails.Identity.Contracts.Auth.LogIn;
using PenguinMails.Identity.Contracts.Auth.LogOut;
using PenguinMails.Identity.Contracts.Auth.SignUp;
using PenguinMails.Identity.Contracts.Auth.VerifyEmail;

namespace PenguinMails.Identity.Api.Endpoints;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapApiGroup("/auth", "Identity");

        auth.MapPost("/signup", async (SignUpCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                Results.Accepted(value: await mediator.Send(command, cancellationToken)))
            .AllowAnonymous()
            .ThrottledPerClient().WithName("SignUp")
            .WithSummary("Asks for an account and its first tenant: a link to finish goes to the address. A taken address gets the same answer (its owner is told by e-mail).")
            .Produces<SignUpAcceptedDto>(StatusCodes.Status202Accepted)
            ;

        auth.MapPost("/signup/confirm", async (ConfirmSignUpCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                Results.Created($"{EndpointConventions.BasePath}/me", await mediator.Send(command, cancellationToken)))
            .AllowAnonymous()
            .ThrottledPerClient().ShowsSecretOnce().WithName("ConfirmSignUp")
            .WithSummary("Finishes a sign-up with the token from its link: creates the account (its address verified), its first tenant with the account as owner, and a session.")
            .Produces<SignUpResultDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            ;

        auth.MapPost("/login", async (LogInCommand command, IMediator mediator, HttpContext context, CancellationToken cancellationToken) =>
                ToHttp(await mediator.Send(command, cancellationToken), context))
            .AllowAnonymous()
            .ThrottledPerClient().ShowsSecretOnce().WithName("LogIn")
            .WithSummary("Checks e-mail and password; answers with an access token, or a challenge when the account uses two-factor sign-in.")
            .Produces<SignedInDto>()
            .Produces<TwoFactorChallengeDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            ;

        auth.MapPost("/login/2fa", async (CompleteTwoFactorLogInCommand command, IMediator mediator, HttpContext context, CancellationToken cancellationToken) =>
                ToHttp(await mediator.Send(command, cancellationToken), context))
            .AllowAnonymous()
            .ThrottledPerClient().ShowsSecretOnce().WithName("CompleteTwoFactorLogIn")
            .WithSummary("The second sign-in step: the challenge from /auth/login and the authenticator's code.")
            .Produces<SignedInDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            ;

        auth.MapPost("/logout", async (IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new LogOutCommand(), cancellationToken);
                return Results.NoContent();
            })
            .WithName("LogOut")
            .WithSummary("Revokes the access token this request carries.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            ;

        auth.MapPost("/verify-email", async (VerifyEmailCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(command, cancellationToken);
                return Results.NoContent();
            })
            .AllowAnonymous()
            .ThrottledPerClient().WithName("VerifyEmail")
            .WithSummary("Marks the address verified with the token from the link sent to it.")
            .Produces(StatusCodes.Status204NoContent)
            ;

        auth.MapPost("/invitations/accept", async (AcceptInvitationCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                Results.Created($"{EndpointConventions.BasePath}/me", await mediator.Send(command, cancellationToken)))
            .AllowAnonymous()
            .ThrottledPerClient().ShowsSecretOnce().WithName("AcceptInvitation")
            .WithSummary("Creates the invitee's account from an invitation link; the membership starts now or after approval.")
            .Produces<InvitationAcceptedDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            ;
    }

    private static IResult ToHttp(LogInResult result, HttpContext context)
    {
        switch (result)
        {
            case LogInResult.Succeeded success:
                return Results.Ok(success.SignedIn);
            case LogInResult.TwoFactorRequired challenge:
                return Results.Ok(challenge.Challenge);
            case LogInResult.LockedOut locked:
                var seconds = Math.Max(1, (int)Math.Ceiling(locked.RetryAfter.TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Problem("account-locked", "Too many failed sign-in attempts; sign-in is locked for a while. Retry-After says how long.");
            case LogInResult.Failed failed:
                return Problem(failed.Code, failed.Message);
            default:
                throw new InvalidOperationException($"Unknown sign-in result {result.GetType().Name}.");
        }
    }

    private static IResult Problem(string code, string detail) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status401Unauthorized,
        Type = ProblemTypes.For(code),
        Title = "Unauthenticated",
        Detail = detail,
    });
}
