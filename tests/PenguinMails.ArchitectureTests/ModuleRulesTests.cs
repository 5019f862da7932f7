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
        Assert.Empty(ArchitectureRules.DomainDependsOnlyOnBuildingBlocksDomain(domain, module));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Application_references_its_domain_the_building_blocks_and_other_modules_contracts_only(string module)
    {
        var application = ArchitectureRules.Load(module, "Application");
        Assert.True(ArchitectureRules.CountTypes(application) > 0);
        Assert.Empty(ArchitectureRules.ApplicationDependsOnDomainAndBuildingBlocks(application, module));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void No_project_of_a_module_references_another_modules_domain_infrastructure_or_api(string module)
    {
        foreach (var layer in ArchitectureRules.Layers)
        {
            var assembly = ArchitectureRules.Load(module, layer);
            Assert.Equal($"PenguinMails.{module}.{layer}", assembly.GetName().Name);
            Assert.Empty(ArchitectureRules.NoModuleReachesAnothersInternals(assembly, module));
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_validators_repositories_and_configurations_are_internal(string module)
    {
        foreach (var layer in ArchitectureRules.Layers)
        {
            Assert.Empty(ArchitectureRules.ImplementationsAreNotPublic(ArchitectureRules.Load(module, layer)));
        }
    }

    [Fact]
    public void Billing_contracts_reference_no_module()
    {
        var contracts = System.Reflection.Assembly.Load("PenguinMails.Billing.Contracts");
        Assert.True(ArchitectureRules.CountTypes(contracts) > 0);
        Assert.Empty(ArchitectureRules.ContractsDependOnNoModule(contracts));
    }
}
