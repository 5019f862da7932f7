namespace PenguinMails.BuildingBlocks.Api.Errors;

/// <summary>RFC 9457 problem type URIs. The last segment is the stable, machine-readable code.</summary>
public static class ProblemTypes
{
    public const string Base = "https://penguinmails.io/problems/";

    public static string For(string code) => Base + code;
}
