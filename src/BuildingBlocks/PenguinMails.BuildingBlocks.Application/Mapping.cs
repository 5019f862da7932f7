using System.Reflection;
using Mapster;

namespace PenguinMails.BuildingBlocks.Application;

/// <summary>The one Mapster configuration every module's <see cref="IRegister"/> mappings join (ADR 0028).</summary>
public static class Mapping
{
    /// <summary>
    /// A configuration that maps only what a module declared, and refuses a mapping that leaves a member of its
    /// destination unfilled unless the declaration says why (<c>Ignore</c>): a DTO member added later cannot silently
    /// stay empty. A value of the same type on both sides is passed as it is (DTOs and values are immutable).
    /// </summary>
    public static TypeAdapterConfig Configure(params Assembly[] assemblies)
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        config.Default.ShallowCopyForSameType(true);
        config.Scan(assemblies);
        return config;
    }
}
