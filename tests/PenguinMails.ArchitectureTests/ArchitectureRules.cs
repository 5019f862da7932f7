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
             "PenguinMails.BuildingBlocks.Api", "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.AspNetCore"]));

    /// <summary>
    /// The assemblies a Domain may reference, an allow-list: the base library's core, its pure value libraries (hashes,
    /// IP addresses, JSON values: no I/O) and BuildingBlocks.Domain. Anything else (HTTP, files, a framework) is
    /// infrastructure, whichever namespace it hides in. InteropServices is there because collection expressions compile
    /// to <c>CollectionsMarshal</c>.
    /// </summary>
    public static readonly string[] DomainAssemblies =
    [
        "System.Runtime", "System.Collections", "System.Linq", "System.Memory", "System.Text.RegularExpressions", "System.Runtime.Intrinsics",
        "System.Runtime.InteropServices", "System.Security.Cryptography", "System.Net.Primitives", "System.Text.Json", "PenguinMails.BuildingBlocks.Domain",
    ];

    public static IReadOnlyList<string> DomainReferencesOnlyAllowedAssemblies(Assembly domain) =>
        [.. domain.GetReferencedAssemblies().Select(a => a.Name!).Where(name => !DomainAssemblies.Contains(name))];

    /// <summary>
    /// An Api reaches its module through MediatR requests: it names no entity or aggregate and no repository, so it
    /// can neither create nor change one itself.
    /// </summary>
    public static IReadOnlyList<string> ApiTouchesNoEntityOrRepository(Assembly api) =>
        Failing(Types.InAssembly(api).ShouldNot().HaveDependencyOnAny([.. EntitiesAndRepositories()]));

    /// <summary>
    /// What one module may use of another's Application: its requests, its notifications and its Contracts
    /// namespace. Any other public type there (a port, a repository, a service) is that module's own business.
    /// </summary>
    public static IReadOnlyList<string> UsesOnlyOtherModulesRequestsAndContracts(Assembly assembly, string module) =>
        Failing(Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(
            [.. Modules.Where(m => m != module).SelectMany(m => PrivateSurface(Load(m, "Application")))]));

    /// <summary>
    /// One shape per use case: a request's handler is named after it (request + "Handler"), handles it alone, and sits
    /// in the request's own folder (its namespace), named after the use case (the request without Command/Query),
    /// beside its validator (request + "Validator").
    /// </summary>
    public static IReadOnlyList<string> UseCasesHaveOneShape(Assembly application)
    {
        var types = application.GetTypes().Where(t => !t.IsNested).ToList();
        var failing = new List<string>();
        foreach (var handler in types.Where(t => t.IsClass && Implements(t, typeof(IRequestHandler<,>))))
        {
            var handled = handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)).ToList();
            var request = handled[0].GetGenericArguments()[0];
            var useCase = UseCaseName(request);
            if (handled.Count > 1 || handler.Name != request.Name + "Handler" || !handler.Namespace!.EndsWith("." + useCase, StringComparison.Ordinal)
                || (request.Assembly == application && request.Namespace != handler.Namespace))
            {
                failing.Add(handler.FullName!);
            }
        }

        foreach (var validator in types.Where(t => t.IsClass && !t.IsAbstract && Implements(t, typeof(IValidator<>))))
        {
            var validated = validator.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).GetGenericArguments()[0];
            if (Implements(validated, typeof(IRequest<>)) && (validator.Name != validated.Name + "Validator" || validator.Namespace != validated.Namespace))
            {
                failing.Add(validator.FullName!);
            }
        }

        failing.AddRange(types.Where(t => Implements(t, typeof(IRequest<>)) && !t.Namespace!.EndsWith("." + UseCaseName(t), StringComparison.Ordinal)).Select(t => t.FullName!));
        return failing;
    }

    /// <summary>A request that pages (a Limit and a Cursor) says so with IPagedQuery, so the one page validator checks it.</summary>
    public static IReadOnlyList<string> PagedRequestsArePagedQueries(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => Implements(t, typeof(IRequest<>)) && t.GetProperty("Limit") is not null && t.GetProperty("Cursor") is not null)
            .Where(t => !typeof(PenguinMails.BuildingBlocks.Application.Pagination.IPagedQuery).IsAssignableFrom(t))
            .Select(t => t.FullName!)];

    private static string UseCaseName(Type request) =>
        request.Name.EndsWith("Command", StringComparison.Ordinal) ? request.Name[..^"Command".Length]
        : request.Name.EndsWith("Query", StringComparison.Ordinal) ? request.Name[..^"Query".Length]
        : request.Name;

    private static IEnumerable<string> EntitiesAndRepositories() =>
        Modules.SelectMany(m => Load(m, "Domain").GetTypes().Where(t => typeof(PenguinMails.BuildingBlocks.Domain.Entity).IsAssignableFrom(t)))
            .Concat(Modules.SelectMany(m => Load(m, "Application").GetTypes().Where(t => t.IsInterface && t.Name.EndsWith("Repository", StringComparison.Ordinal))))
            .Select(t => t.FullName!);

    private static IEnumerable<string> PrivateSurface(Assembly application) =>
        application.GetExportedTypes()
            .Where(t => !Implements(t, typeof(IRequest<>)) && !typeof(INotification).IsAssignableFrom(t)
                        && !(t.Namespace ?? "").Split('.').Contains("Contracts"))
            .Select(t => t.FullName!);

    /// <summary>No project of a module reaches another module's Domain, Infrastructure or Api.</summary>
    public static IReadOnlyList<string> NoModuleReachesAnothersInternals(Assembly assembly, string module) =>
        Failing(Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(
            [.. Modules.Where(m => m != module).SelectMany(m => new[] { $"PenguinMails.{m}.Domain", $"PenguinMails.{m}.Infrastructure", $"PenguinMails.{m}.Api" })]));

    /// <summary>Handlers, validators, repositories (and their interfaces) and EF Core configurations are internal to their module.</summary>
    public static IReadOnlyList<string> ImplementationsAreNotPublic(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => (t.IsClass && !t.IsAbstract || t.IsInterface) && (t.IsPublic || t.IsNestedPublic))
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
