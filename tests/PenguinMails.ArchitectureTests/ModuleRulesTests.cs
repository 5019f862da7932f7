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
    public void No_project_of_a_module_references_another_modules_assemblies_but_its_contracts(string module)
    {
        foreach (var layer in ArchitectureRules.Layers)
        {
            var assembly = ArchitectureRules.Load(module, layer);
            Assert.Equal($"PenguinMails.{module}.{layer}", assembly.GetName().Name);
            AssertNone(ArchitectureRules.ReferencesOnlyItsOwnModuleAndOtherModulesContracts(assembly, module));
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void No_type_of_a_module_names_a_type_of_another_modules_internal_layers(string module)
    {
        foreach (var layer in ArchitectureRules.Layers)
        {
            AssertNone(ArchitectureRules.NoModuleNamesAnothersInternals(ArchitectureRules.Load(module, layer), module));
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_application_and_infrastructure_are_internal_and_the_api_exports_only_its_entry_point(string module)
    {
        foreach (var layer in ArchitectureRules.PrivateLayers)
        {
            AssertNone(ArchitectureRules.NothingPublicButTheEntryPoint(ArchitectureRules.Load(module, layer), module, layer));
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_validators_repositories_and_configurations_are_never_public(string module)
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
    public void Api_reaches_its_module_only_through_its_contracts(string module)
    {
        AssertNone(ArchitectureRules.ApiReachesItsModuleOnlyThroughContracts(ArchitectureRules.Load(module, "Api"), module));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_use_case_is_a_request_in_the_contracts_and_a_folder_of_the_same_path_with_its_one_handler_and_its_validator(string module)
    {
        var contracts = ArchitectureRules.Load(module, "Contracts");
        Assert.True(ArchitectureRules.CountTypes(contracts) > 0);
        AssertNone(ArchitectureRules.UseCasesHaveOneShape(contracts, ArchitectureRules.Load(module, "Application")));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_request_that_pages_is_a_paged_query(string module)
    {
        AssertNone(ArchitectureRules.PagedRequestsArePagedQueries(ArchitectureRules.Load(module, "Contracts")));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_reference_no_module(string module)
    {
        var contracts = ArchitectureRules.Load(module, "Contracts");
        Assert.True(ArchitectureRules.CountTypes(contracts) > 0);
        AssertNone(ArchitectureRules.ContractsDependOnNoModule(contracts));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Entities_become_dtos_through_mapster_only(string module)
    {
        AssertNone(ArchitectureRules.NoHandWrittenMappings(ArchitectureRules.Load(module, "Application")));
        AssertNone(ArchitectureRules.NoHandWrittenMappings(ArchitectureRules.Load(module, "Infrastructure")));
    }

    /// <summary>Names every failing type in full (xunit cuts a collection's items short).</summary>
    private static void AssertNone(IReadOnlyList<string> failing) => Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
}
