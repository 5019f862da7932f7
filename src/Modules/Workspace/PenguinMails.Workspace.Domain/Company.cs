using System.Security.Cryptography;
using System.Text;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Workspace.Domain;

/// <summary>A row of <c>companies</c>.</summary>
internal sealed class Company : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    public const int MaxNameLength = 100;
    public const int MaxIndustryLength = 100;
    private const int SlugMaxLength = 50;
    private const string SuffixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Company()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = default!;

    public string? WorkspaceName { get; private set; }

    public string? LogoUrl { get; private set; }

    public CompanyStatus Status { get; private set; } = CompanyStatus.Active;

    public string? Industry { get; private set; }

    public string? CompanySize { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    /// <summary>A tenant's first company, named after the tenant, with a generated public handle.</summary>
    public static Company CreateFirst(Guid tenantId, string tenantName, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Name = tenantName.Length <= 100 ? tenantName : tenantName[..100],
        WorkspaceName = GenerateWorkspaceName(tenantName),
        Created = now,
        Updated = now,
    };

    public static Company Create(Guid tenantId, CompanyDetails details, string workspaceName, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Name = details.Name.Trim(),
        WorkspaceName = WorkspaceHandle.Normalize(workspaceName),
        LogoUrl = details.LogoUrl,
        Status = details.Status,
        Industry = details.Industry?.Trim(),
        CompanySize = details.CompanySize,
        Created = now,
        Updated = now,
    };

    /// <summary>Applies a PATCH: each field given is set (a null clears an optional field), the others stay.</summary>
    public void Change(CompanyChange change, DateTimeOffset now)
    {
        Name = change.Name.IsSet ? change.Name.Value.Trim() : Name;
        WorkspaceName = change.WorkspaceName.IsSet ? WorkspaceHandle.Normalize(change.WorkspaceName.Value) : WorkspaceName;
        Status = change.Status.Or(Status);
        LogoUrl = change.LogoUrl.Or(LogoUrl);
        Industry = change.Industry.IsSet ? change.Industry.Value?.Trim() : Industry;
        CompanySize = change.CompanySize.Or(CompanySize);
        Updated = now;
    }

    /// <summary>
    /// A platform-unique handle from a name: lower-case letters, digits and hyphens, plus a random suffix, so it
    /// need not be checked against other tenants' companies (which row-level security hides anyway).
    /// </summary>
    public static string GenerateWorkspaceName(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var stem = slug.ToString().Trim('-');
        stem = stem.Length == 0 ? "workspace" : stem[..Math.Min(stem.Length, SlugMaxLength)].TrimEnd('-');
        return $"{stem}-{RandomNumberGenerator.GetString(SuffixAlphabet, 6)}";
    }
}
