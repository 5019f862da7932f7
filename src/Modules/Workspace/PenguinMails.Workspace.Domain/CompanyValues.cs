using System.Text.RegularExpressions;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Workspace.Domain;

/// <summary>Whether a company is in use (<c>companies.status</c>), stored as its name.</summary>
internal sealed class CompanyStatus : NamedValue<CompanyStatus>
{
    public static readonly CompanyStatus Active = new("active");
    public static readonly CompanyStatus Suspended = new("suspended");
    public static readonly CompanyStatus Archived = new("archived");

    private CompanyStatus(string name)
        : base(name)
    {
    }
}

internal static class CompanySize
{
    public static readonly IReadOnlyList<string> All = ["Small", "Medium", "Large"];
}

/// <summary>A company's public handle (<c>workspace_name</c>): lower-case letters, digits and hyphens, 3 to 63 long.</summary>
internal static partial class WorkspaceHandle
{
    public const int MinLength = 3;
    public const int MaxLength = 63;

    /// <summary>Handles are compared case-insensitively, so they are stored lower-cased.</summary>
    public static string Normalize(string handle) => handle.Trim().ToLowerInvariant();

    public static bool IsValid(string handle) => Pattern().IsMatch(Normalize(handle));

    // Letters, digits and inner hyphens; no leading or trailing hyphen, as in a DNS label.
    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$", RegexOptions.None, 100)]
    private static partial Regex Pattern();
}

/// <summary>The fields of a new company.</summary>
internal sealed record CompanyDetails(string Name, CompanyStatus Status, string? LogoUrl, string? Industry, string? CompanySize);

/// <summary>A PATCH of a company: each field sent is set (null clears an optional one); the others stay.</summary>
internal sealed record CompanyChange(
    Optional<string> Name = default,
    Optional<string> WorkspaceName = default,
    Optional<CompanyStatus> Status = default,
    Optional<string?> LogoUrl = default,
    Optional<string?> Industry = default,
    Optional<string?> CompanySize = default);
