using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Me.AcceptInvitationAsMember;
using PenguinMails.Identity.Contracts.Me.ChangePassword;
using PenguinMails.Identity.Contracts.Me.ConfirmTwoFactor;
using PenguinMails.Identity.Contracts.Me.DisableTwoFactor;
using PenguinMails.Identity.Contracts.Me.GetMe;
using PenguinMails.Identity.Contracts.Me.GetPreferences;
using PenguinMails.Identity.Contracts.Me.LeaveTenant;
using PenguinMails.Identity.Contracts.Me.SendEmailVerification;
using PenguinMails.Identity.Contracts.Me.SetUpTwoFactor;
using PenguinMails.Identity.Contracts.Me.UpdateMe;
using PenguinMails.Identity.Contracts.Me.UpdatePreferences;

namespace PenguinMails.Identity.Api.Endpoints;

/// <summary>The signed-in user's own account: any authenticated caller, no tenant needed.</summary>
internal static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapApiGroup("/me", "Identity");

        me.MapGet("", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetMeQuery(), cancellationToken))
            .WithName("GetMe").WithSummary("The caller's profile and tenant memberships.")
            .Produces<MeDto>();

        me.MapPatch("", (UpdateMeCommand command, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(command, cancellationToken))
            .WithName("UpdateMe").WithSummary("Changes name, given and family name, picture.")
            .Produces<MeDto>();

        me.MapGet("/preferences", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetPreferencesQuery(), cancellationToken))
            .WithName("GetPreferences").WithSummary("Theme, language, time zone and notification choices.")
            .Produces<UserPreferencesDto>();

        me.MapPatch("/preferences", (UpdatePreferencesCommand command, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(command, cancellationToken))
            .WithName("UpdatePreferences").WithSummary("Changes the preferences present in the body.")
            .Produces<UserPreferencesDto>();

        me.MapPost("/password", async (ChangePasswordCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(command, cancellationToken);
                return Results.NoContent();
            })
            .ThrottledPerAccount().WithName("ChangePassword").WithSummary("Sets a new password meeting the platform's rules, and a tenant's when tenantId names one; signs out the other sessions.")
            .Produces(StatusCodes.Status204NoContent);

        me.MapPost("/invitations/accept", (AcceptInvitationAsMemberCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(command, cancellationToken))
            .ThrottledPerAccount().WithName("AcceptInvitationAsMember").WithSummary("Accepts, as the signed-in account, an invitation sent to its address: it joins now or after approval.")
            .Produces<InvitationJoinedDto>().ProducesProblem(StatusCodes.Status409Conflict);

        me.MapDelete("/memberships/{tenantId:guid}", async (Guid tenantId, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new LeaveTenantCommand(tenantId), cancellationToken);
                return Results.NoContent();
            })
            .WithName("LeaveTenant").WithSummary("Leaves a tenant, whatever its policies demand; a tenant's last owner cannot leave it.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict);

        me.MapPost("/email-verification", async (IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new SendEmailVerificationCommand(), cancellationToken);
                return Results.Accepted();
            })
            .ThrottledPerAccount().WithName("SendEmailVerification").WithSummary("Sends a new verification link to the caller's address.")
            .Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);

        me.MapPost("/2fa/setup", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new SetUpTwoFactorCommand(), cancellationToken))
            .ShowsSecretOnce().WithName("SetUpTwoFactor").WithSummary("Starts enrollment: a TOTP secret and otpauth URI, shown once.")
            .Produces<TwoFactorSetupDto>().ProducesProblem(StatusCodes.Status409Conflict);

        me.MapPost("/2fa/confirm", async (ConfirmTwoFactorCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(command, cancellationToken);
                return Results.NoContent();
            })
            .WithName("ConfirmTwoFactor").WithSummary("A code from the app turns two-factor sign-in on.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict);

        me.MapPost("/2fa/disable", async (DisableTwoFactorCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(command, cancellationToken);
                return Results.NoContent();
            })
            .ThrottledPerAccount().WithName("DisableTwoFactor").WithSummary("A current code turns two-factor sign-in off.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
