using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

internal sealed class TwoFactorNotYetEnabledRule(UserCredential credential) : IBusinessRule
{
    public string Code => "two-factor-already-enabled";

    public string Message => "Two-factor sign-in is already enabled; disable it before enrolling again.";

    public bool IsBroken() => credential.IsTwoFactorEnabled;
}

internal sealed class TwoFactorEnrollmentStartedRule(UserCredential credential) : IBusinessRule
{
    public string Code => "two-factor-not-started";

    public string Message => "Start two-factor enrollment first (POST /api/v1/me/2fa/setup).";

    public bool IsBroken() => credential.TotpSecret is null;
}
