using System.Reflection;

namespace PenguinMails.ArchitectureTests;

/// <summary>
/// Each rule, run on input that breaks it, must fail: a rule that cannot fail (kgrzybek's checked the wrong
/// assembly) guards nothing. The broken input is this test assembly's own Violations namespace and the real
/// modules' assemblies judged under the wrong module's name.
/// </summary>
public sealed class RuleSelfTests
{
    private static readonly Assembly Self = typeof(RuleSelfTests).Assembly;

    [Fact]
    public void The_domain_rule_fails_for_a_domain_that_uses_mediatr()
    {
        Assert.Contains(typeof(Violations.DomainEventUsingMediatR).FullName, ArchitectureRules.DomainDependsOnlyOnBuildingBlocksDomain(Self, "Billing"));
    }

    [Fact]
    public void The_domain_rule_fails_for_an_application_assembly()
    {
        // Billing.Application depends on MediatR and FluentValidation: judged as a Domain, it must fail.
        Assert.NotEmpty(ArchitectureRules.DomainDependsOnlyOnBuildingBlocksDomain(ArchitectureRules.Load("Billing", "Application"), "Billing"));
    }

    [Fact]
    public void The_application_rule_fails_for_an_infrastructure_assembly()
    {
        Assert.NotEmpty(ArchitectureRules.ApplicationDependsOnDomainAndBuildingBlocks(ArchitectureRules.Load("Billing", "Infrastructure"), "Billing"));
    }

    [Fact]
    public void The_module_reference_rule_fails_for_a_module_judged_as_another()
    {
        // Billing.Api references Billing.Infrastructure: judged as Staff's, that is another module's internals.
        Assert.Contains("PenguinMails.Billing.Infrastructure", ArchitectureRules.ReferencesOnlyItsOwnModuleAndOtherModulesContracts(ArchitectureRules.Load("Billing", "Api"), "Staff"));
        Assert.DoesNotContain("PenguinMails.Billing.Contracts", ArchitectureRules.ReferencesOnlyItsOwnModuleAndOtherModulesContracts(ArchitectureRules.Load("Billing", "Api"), "Staff"));
    }

    [Fact]
    public void The_module_reference_rule_fails_for_an_assembly_referencing_another_modules_application()
    {
        Assert.Contains("PenguinMails.Identity.Application", ArchitectureRules.ReferencesOnlyItsOwnModuleAndOtherModulesContracts(Self, "Staff"));
    }

    [Fact]
    public void The_internal_layers_rule_fails_for_an_assembly_with_public_types()
    {
        var failing = ArchitectureRules.NothingPublicButTheEntryPoint(Self, "Staff", "Application");
        Assert.Contains(typeof(Violations.IPublicRepository).FullName, failing);
        Assert.Contains(typeof(Violations.ViolationQuery).FullName, failing);
    }

    [Fact]
    public void The_internal_layers_rule_allows_the_api_entry_point_and_nothing_else()
    {
        Assert.Empty(ArchitectureRules.NothingPublicButTheEntryPoint(ArchitectureRules.Load("Billing", "Api"), "Billing", "Api"));
        Assert.Contains("PenguinMails.Billing.Api.BillingModule", ArchitectureRules.NothingPublicButTheEntryPoint(ArchitectureRules.Load("Billing", "Api"), "Staff", "Api"));
    }

    [Fact]
    public void The_api_contracts_rule_fails_for_an_endpoint_naming_its_modules_domain()
    {
        Assert.Contains(typeof(Violations.EndpointChangingAnAggregate).FullName, ArchitectureRules.ApiReachesItsModuleOnlyThroughContracts(Self, "Campaigns"));
    }

    [Fact]
    public void The_visibility_rule_fails_for_public_handlers_validators_and_repositories()
    {
        var failing = ArchitectureRules.ImplementationsAreNotPublic(Self);
        Assert.Contains(typeof(Violations.PublicHandler).FullName, failing);
        Assert.Contains(typeof(Violations.PublicValidator).FullName, failing);
        Assert.Contains(typeof(Violations.PublicRepository).FullName, failing);
    }

    [Fact]
    public void The_visibility_rule_fails_for_a_public_repository_interface()
    {
        Assert.Contains(typeof(Violations.IPublicRepository).FullName, ArchitectureRules.ImplementationsAreNotPublic(Self));
    }

    [Fact]
    public void The_mapping_rule_fails_for_a_hand_written_to_dto()
    {
        var failing = ArchitectureRules.NoHandWrittenMappings(Self);
        Assert.Contains($"{typeof(Violations.HandWrittenMapping).FullName}.ToDto", failing);
        Assert.Contains($"{typeof(Violations.HandWrittenMapping).FullName}.ToDtos", failing);
    }

    [Fact]
    public void The_domain_allow_list_fails_for_domain_code_using_http()
    {
        Assert.Contains("System.Net.Http", ArchitectureRules.DomainReferencesOnlyAllowedAssemblies(Self));
    }

    [Fact]
    public void The_application_rule_fails_for_a_handler_reading_the_http_request()
    {
        Assert.Contains(typeof(Violations.HandlerReadingHttp).FullName, ArchitectureRules.ApplicationDependsOnDomainAndBuildingBlocks(Self, "Billing"));
    }

    [Fact]
    public void The_api_rule_fails_for_an_endpoint_changing_an_aggregate_itself()
    {
        Assert.Contains(typeof(Violations.EndpointChangingAnAggregate).FullName, ArchitectureRules.ApiTouchesNoEntityOrRepository(Self));
    }

    [Fact]
    public void The_cross_module_rule_fails_for_a_module_injecting_another_modules_port()
    {
        Assert.Contains(typeof(Violations.UsingAnotherModulesPort).FullName, ArchitectureRules.NoModuleNamesAnothersInternals(Self, "Staff"));
    }

    [Fact]
    public void The_use_case_rule_fails_for_a_misnamed_handler_a_handler_of_two_requests_and_a_request_outside_its_folder()
    {
        var failing = ArchitectureRules.UseCasesHaveOneShape(Self, Self);
        Assert.Contains(typeof(Violations.PublicHandler).FullName, failing);
        Assert.Contains(typeof(Violations.TwoRequestsHandler).FullName, failing);
        Assert.Contains(typeof(Violations.ViolationQuery).FullName, failing);
        Assert.Contains(typeof(Violations.PublicValidator).FullName, failing);
        Assert.Contains(typeof(Violations.UnhandledQuery).FullName + " (no handler)", failing);
        Assert.DoesNotContain(failing, name => name.Contains(".WellShaped.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_paging_rule_fails_for_a_list_request_that_is_not_a_paged_query()
    {
        Assert.Contains(typeof(Violations.UnpagedListQuery).FullName, ArchitectureRules.PagedRequestsArePagedQueries(Self));
        Assert.DoesNotContain(typeof(Violations.WellShaped.WellShapedQuery).FullName, ArchitectureRules.PagedRequestsArePagedQueries(Self));
    }

    [Fact]
    public void The_use_case_rule_fails_for_a_request_declared_in_the_application()
    {
        var application = ArchitectureRules.Load("Billing", "Application");
        Assert.Contains(typeof(Violations.ViolationQuery).FullName + " (a request outside the contracts)", ArchitectureRules.UseCasesHaveOneShape(application, Self));
    }

    [Fact]
    public void The_contracts_rule_fails_for_an_assembly_that_uses_a_module()
    {
        // Billing.Application uses Billing.Domain and Identity's contracts: judged as a contracts project, it must fail.
        Assert.NotEmpty(ArchitectureRules.ContractsDependOnNoModule(ArchitectureRules.Load("Billing", "Application")));
    }
}
