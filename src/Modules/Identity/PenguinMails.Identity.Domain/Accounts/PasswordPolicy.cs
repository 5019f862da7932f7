namespace PenguinMails.Identity.Domain;

/// <summary>A tenant's password rules (<c>tenant_policies.password_*</c>).</summary>
internal sealed record PasswordPolicy(int MinLength, bool RequireUppercase, bool RequireNumbers, bool RequireSymbols)
{
    /// <summary>The seed's defaults, which also apply at sign-up before any tenant exists.</summary>
    public static readonly PasswordPolicy Default = new(8, false, false, false);

    /// <summary>Longer inputs are refused before hashing: a slow hash of megabytes is a denial of service.</summary>
    public const int MaxLength = 1000;

    public IReadOnlyList<string> Violations(PasswordShape shape)
    {
        var violations = new List<string>();
        if (shape.Length < MinLength)
        {
            violations.Add($"must be at least {MinLength} characters long");
        }

        if (RequireUppercase && !shape.HasUppercase)
        {
            violations.Add("must contain an upper-case letter");
        }

        if (RequireNumbers && !shape.HasNumber)
        {
            violations.Add("must contain a digit");
        }

        if (RequireSymbols && !shape.HasSymbol)
        {
            violations.Add("must contain a symbol");
        }

        return violations;
    }

    public bool IsMetBy(PasswordShape shape) => Violations(shape).Count == 0;

    /// <summary>The strictest combination of several tenants' rules: a password that meets it meets each of them.</summary>
    public static PasswordPolicy Strictest(IEnumerable<PasswordPolicy> policies) =>
        policies.Aggregate(Default, (a, b) => new PasswordPolicy(
            Math.Max(a.MinLength, b.MinLength), a.RequireUppercase || b.RequireUppercase,
            a.RequireNumbers || b.RequireNumbers, a.RequireSymbols || b.RequireSymbols));
}
