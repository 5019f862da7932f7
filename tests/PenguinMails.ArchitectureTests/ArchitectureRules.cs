using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace PenguinMails.ArchitectureTests;

/// <summary>
/// The layer and module rules as functions of the assemblies they judge, so each can be run against the real
/// modules and, in <see cref="RuleSelfTests"/>, against deliberately broken input to show it goes red.
/// </summary>
public static class ArchitectureRules
{
    public static readonly string[] Modules = ["Identity", "Workspace", "Deliverability", "Campaigns", "Billing", "Staff"];
    public static readonly string[] Layers = ["Domain", "Application", "Infrastructure", "Api"];

    public static Assembly Load(string module, string layer) => Assembly.Load($"PenguinMails.{module}.{layer}");

    /// <summary>A Domain depends on BuildingBlocks.Domain only: no other project, no MediatR, no EF Core.</summary>
    public static IReadOnlyList<string> DomainDependsOnlyOnBuildingBlocksDomain(Assembly domain, string module) =>
        Failing(Types.InAssembly(domain).ShouldNot().HaveDependencyOnAny(
            [.. OtherProjects(module, allowed: [$"PenguinMails.{module}.Domain", "PenguinMails.BuildingBlocks.Domain"]),
             "MediatR", "Microsoft.EntityFrameworkCore", "Npgsql", "FluentValidation", "Microsoft.AspNetCore"]));

    /// <summary>An Application depends on its Domain, BuildingBlocks and other modules' Application (their contracts) only.</summary>
    public static IReadOnlyList<string> ApplicationDependsOnDomainAndBuildingBlocks(Assembly application, string module) =>
        Failing(Types.InAssembly(application).ShouldNot().HaveDependencyOnAny(
            [.. Modules.Where(m => m != module).SelectMany(m => new[] { $"PenguinMails.{m}.Domain", $"PenguinMails.{m}.Infrastructure", $"PenguinMails.{m}.Api" }),
             $"PenguinMails.{module}.Infrastructure", $"PenguinMails.{module}.Api", "PenguinMails.BuildingBlocks.Infrastructure",
             "PenguinMails.BuildingBlocks.Api", "Microsoft.EntityFrameworkCore", "Npgsql"]));

    /// <summary>No project of a module reaches another module's Domain, Infrastructure or Api.</summary>
    public static IReadOnlyList<string> NoModuleReachesAnothersInternals(Assembly assembly, string module) =>
        Failing(Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(
            [.. Modules.Where(m => m != module).SelectMany(m => new[] { $"PenguinMails.{m}.Domain", $"PenguinMails.{m}.Infrastructure", $"PenguinMails.{m}.Api" })]));

    /// <summary>Handlers, validators, repositories and EF Core configurations are internal to their module.</summary>
    public static IReadOnlyList<string> ImplementationsAreNotPublic(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && (t.IsPublic || t.IsNestedPublic))
            .Where(t => Implements(t, typeof(IRequestHandler<,>)) || Implements(t, typeof(INotificationHandler<>))
                        || Implements(t, typeof(IValidator<>)) || Implements(t, typeof(IEntityTypeConfiguration<>))
                        || t.Name.EndsWith("Repository", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>
    /// A contracts project (public types other modules may use without depending on the module) depends on the building
    /// blocks' Application only: no module at all, so referencing it can never form a cycle.
    /// </summary>
    public static IReadOnlyList<string> ContractsDependOnNoModule(Assembly contracts) =>
        Failing(Types.InAssembly(contracts).ShouldNot().HaveDependencyOnAny(
            [.. Modules.SelectMany(m => Layers.Select(l => $"PenguinMails.{m}.{l}")), "PenguinMails.BuildingBlocks.Infrastructure",
             "PenguinMails.BuildingBlocks.Api", "Microsoft.EntityFrameworkCore", "Npgsql"]));

    /// <summary>The types a rule looked at: a rule that inspects an empty or wrong assembly proves nothing.</summary>
    public static int CountTypes(Assembly assembly) => Types.InAssembly(assembly).GetTypes().Count();

    private static bool Implements(Type type, Type openGeneric) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric);

    private static IEnumerable<string> OtherProjects(string module, string[] allowed) =>
        Modules.SelectMany(m => Layers.Select(l => $"PenguinMails.{m}.{l}"))
            .Concat(Layers.Select(l => $"PenguinMails.BuildingBlocks.{l}"))
            .Where(name => !allowed.Contains(name))
            .Append($"PenguinMails.{module}.Application");

    private static List<string> Failing(ConditionList rule)
    {
        var result = rule.GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames?.ToList() ?? ["(unnamed)"];
    }
}
