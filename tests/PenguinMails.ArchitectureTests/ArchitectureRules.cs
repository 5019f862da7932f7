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
    public static readonly string[] Layers = ["Contracts", "Domain", "Application", "Infrastructure", "Api"];

    /// <summary>The layers only their own module sees (internal, reached through InternalsVisibleTo within the module).</summary>
    public static readonly string[] PrivateLayers = ["Domain", "Application", "Infrastructure", "Api"];

    public static Assembly Load(string module, string layer) => Assembly.Load($"PenguinMails.{module}.{layer}");

    /// <summary>A Domain depends on BuildingBlocks.Domain only: no other project, no MediatR, no EF Core.</summary>
    public static IReadOnlyList<string> DomainDependsOnlyOnBuildingBlocksDomain(Assembly domain, string module) =>
        Failing(Types.InAssembly(domain).ShouldNot().HaveDependencyOnAny(
            [.. OtherProjects(module, allowed: [$"PenguinMails.{module}.Domain", "PenguinMails.BuildingBlocks.Domain"]),
             "MediatR", "Microsoft.EntityFrameworkCore", "Npgsql", "FluentValidation", "Microsoft.AspNetCore"]));

    /// <summary>An Application depends on its Domain and Contracts, BuildingBlocks and other modules' Contracts only: no web, no EF Core.</summary>
    public static IReadOnlyList<string> ApplicationDependsOnDomainAndBuildingBlocks(Assembly application, string module) =>
        Failing(Types.InAssembly(application).ShouldNot().HaveDependencyOnAny(
            [.. OtherModulesPrivateLayers(module),
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
    /// What one module may use of another: its Contracts assembly, nothing else. Judged on the assembly's references,
    /// which is what the compiler resolves, so a type-forwarding or reflection trick cannot hide a reference.
    /// </summary>
    public static IReadOnlyList<string> ReferencesOnlyItsOwnModuleAndOtherModulesContracts(Assembly assembly, string module) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => Modules.Any(m => m != module && name.StartsWith($"PenguinMails.{m}.", StringComparison.Ordinal)) && !name.EndsWith(".Contracts", StringComparison.Ordinal))];

    /// <summary>
    /// A module's Domain, Application and Infrastructure are internal: the only public types of the module outside its
    /// Contracts are the host's entry points, <c>{Module}Module</c> (Api) and <c>{Module}InfrastructureExtensions</c>.
    /// </summary>
    public static IReadOnlyList<string> NothingPublicButTheEntryPoint(Assembly assembly, string module, string layer)
    {
        string[] entryPoints = layer switch
        {
            "Api" => [$"PenguinMails.{module}.Api.{module}Module"],
            "Infrastructure" => [$"PenguinMails.{module}.Infrastructure.{module}InfrastructureExtensions"],
            _ => [],
        };
        return [.. assembly.GetExportedTypes().Select(t => t.FullName!).Where(name => !entryPoints.Contains(name))];
    }

    /// <summary>An Api reaches its own module through the requests in its Contracts: it names nothing of its Application or Domain.</summary>
    public static IReadOnlyList<string> ApiReachesItsModuleOnlyThroughContracts(Assembly api, string module) =>
        Failing(Types.InAssembly(api).ShouldNot().HaveDependencyOnAny($"PenguinMails.{module}.Application", $"PenguinMails.{module}.Domain"));

    /// <summary>
    /// One shape per use case: a request sits in the Contracts folder named after the use case (the request without
    /// Command/Query); its one handler (request + "Handler") and its validator (request + "Validator") sit in the
    /// Application folder of the same path, so the route's request names the folder of its handler; and every request
    /// the Contracts declare is handled there.
    /// </summary>
    public static IReadOnlyList<string> UseCasesHaveOneShape(Assembly contracts, Assembly application)
    {
        var types = application.GetTypes().Where(t => !t.IsNested).ToList();
        var failing = new List<string>();
        var handledRequests = new HashSet<Type>();
        foreach (var handler in types.Where(t => t.IsClass && Implements(t, typeof(IRequestHandler<,>))))
        {
            var handled = handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)).ToList();
            var request = handled[0].GetGenericArguments()[0];
            handledRequests.UnionWith(handled.Select(i => i.GetGenericArguments()[0]));
            if (handled.Count > 1 || handler.Name != request.Name + "Handler" || handler.Namespace != HandlerNamespace(request))
            {
                failing.Add(handler.FullName!);
            }
        }

        foreach (var validator in types.Where(t => t.IsClass && !t.IsAbstract && Implements(t, typeof(IValidator<>))))
        {
            var validated = validator.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).GetGenericArguments()[0];
            if (Implements(validated, typeof(IRequest<>)) && (validator.Name != validated.Name + "Validator" || validator.Namespace != HandlerNamespace(validated)))
            {
                failing.Add(validator.FullName!);
            }
        }

        var requests = contracts.GetTypes().Where(t => !t.IsAbstract && Implements(t, typeof(IRequest<>))).ToList();
        failing.AddRange(requests.Where(t => !t.Namespace!.EndsWith("." + UseCaseName(t), StringComparison.Ordinal)).Select(t => t.FullName!));
        failing.AddRange(requests.Where(t => !handledRequests.Contains(t)).Select(t => t.FullName! + " (no handler)"));
        failing.AddRange(types.Where(t => Implements(t, typeof(IRequest<>)) && contracts != application).Select(t => t.FullName! + " (a request outside the contracts)"));
        return failing;
    }

    /// <summary>The Application namespace (folder) mirroring a request's Contracts one.</summary>
    private static string HandlerNamespace(Type request) => request.Namespace!.Replace(".Contracts.", ".Application.", StringComparison.Ordinal);

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

    /// <summary>No type of a module names a type of another module's Domain, Application, Infrastructure or Api (a port, a repository, an entity).</summary>
    public static IReadOnlyList<string> NoModuleNamesAnothersInternals(Assembly assembly, string module) =>
        Failing(Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny([.. OtherModulesPrivateLayers(module)]));

    /// <summary>
    /// Handlers, validators, repositories (and their interfaces) and EF Core configurations are never public: not in a
    /// module's internal layers, and not in its Contracts, where everything is public.
    /// </summary>
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
            [.. Modules.SelectMany(m => PrivateLayers.Select(l => $"PenguinMails.{m}.{l}")), "PenguinMails.BuildingBlocks.Infrastructure",
             "PenguinMails.BuildingBlocks.Api", "Microsoft.EntityFrameworkCore", "Npgsql"]));

    /// <summary>The types a rule looked at: a rule that inspects an empty or wrong assembly proves nothing.</summary>
    /// <summary>
    /// Entities become DTOs through the module's Mapster mappings only (ADR 0028): no hand-written <c>ToDto</c>-style
    /// method, one returning a DTO (or a sequence of DTOs) under a name starting with "To". A projection the database
    /// runs (an <see cref="IQueryable"/> of DTOs) is a query's select list, not a mapping of loaded entities.
    /// </summary>
    public static IReadOnlyList<string> NoHandWrittenMappings(Assembly assembly) =>
        [.. assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("To", StringComparison.Ordinal) && ReturnsDto(m.ReturnType) && !typeof(IQueryable).IsAssignableFrom(m.ReturnType))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")];

    private static bool ReturnsDto(Type type) =>
        type.Name.EndsWith("Dto", StringComparison.Ordinal) || (type.IsGenericType && type.GetGenericArguments().Any(ReturnsDto));

    public static int CountTypes(Assembly assembly) => Types.InAssembly(assembly).GetTypes().Count();

    private static bool Implements(Type type, Type openGeneric) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric);

    private static IEnumerable<string> OtherModulesPrivateLayers(string module) =>
        Modules.Where(m => m != module).SelectMany(m => PrivateLayers.Select(l => $"PenguinMails.{m}.{l}"));

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
