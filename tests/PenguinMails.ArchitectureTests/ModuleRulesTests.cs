namespace PenguinMails.ArchitectureTests;

public sealed class ModuleRulesTests
{
    public static TheoryData<string> Modules() => new(ArchitectureRules.Modules);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_references_only_the_building_blocks_domain(string module)
    {
        var domain = ArchitectureRules.Load(module, "Domain");
        Assert.True(ArchitectureRules.CountTypes(domain) > 0);
        AssertNone(ArchitectureRules.DomainDependsOnlyOnBuildingBlocksDomain(domain, module));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Application_references_its_domain_the_building_blocks_and_other_modules_contracts_only(string module)
    {
        var application = ArchitectureRules.Load(module, "Application");
        Assert.True(ArchitectureRules.CountTypes(application) > 0);
        AssertNone(ArchitectureRules.ApplicationDependsOnDomainAndBuildingBlocks(application, module));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void No_project_of_a_module_references_another_modules_domain_infrastructure_or_api(string module)
    {
        foreach (var layer in ArchitectureRules.Layers)
        {
            var assembly = ArchitectureRules.Load(module, layer);
            Assert.Equal($"PenguinMails.{module}.{layer}", assembly.GetName().Name);
            AssertNone(ArchitectureRules.NoModuleReachesAnothersInternals(assembly, module));
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_validators_repositories_and_configurations_are_internal(string module)
    {
        foreach (var layer in ArchitectureRules.Layers)
        {
            AssertNone(ArchitectureRules.ImplementationsAreNotPublic(ArchitectureRules.Load(module, layer)));
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_references_no_assembly_but_the_base_librarys_core_and_the_building_blocks_domain(string module)
    {
        AssertNone(ArchitectureRules.DomainReferencesOnlyAllowedAssemblies(ArchitectureRules.Load(module, "Domain")));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Api_names_no_entity_and_no_repository(string module)
    {
        var api = ArchitectureRules.Load(module, "Api");
        Assert.True(ArchitectureRules.CountTypes(api) > 0);
        AssertNone(ArchitectureRules.ApiTouchesNoEntityOrRepository(api));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_only_other_modules_requests_notifications_and_contracts(string module)
    {
        foreach (var layer in ArchitectureRules.Layers)
        {
            AssertNone(ArchitectureRules.UsesOnlyOtherModulesRequestsAndContracts(ArchitectureRules.Load(module, layer), module));
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_use_case_is_a_folder_with_its_request_its_one_handler_and_its_validator(string module)
    {
        AssertNone(ArchitectureRules.UseCasesHaveOneShape(ArchitectureRules.Load(module, "Application")));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_request_that_pages_is_a_paged_query(string module)
    {
        AssertNone(ArchitectureRules.PagedRequestsArePagedQueries(ArchitectureRules.Load(module, "Application")));
    }

    [Fact]
    public void Billing_contracts_reference_no_module()
    {
        var contracts = System.Reflection.Assembly.Load("PenguinMails.Billing.Contracts");
        Assert.True(ArchitectureRules.CountTypes(contracts) > 0);
        AssertNone(ArchitectureRules.ContractsDependOnNoModule(contracts));
    }

    /// <summary>Names every failing type in full (xunit cuts a collection's items short).</summary>
    private static void AssertNone(IReadOnlyList<string> failing) => Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
}
