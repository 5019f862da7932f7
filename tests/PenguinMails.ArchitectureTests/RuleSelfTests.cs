using System.Reflection;
using FluentValidation;
using MediatR;

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
    public void The_module_rule_fails_for_a_module_judged_as_another()
    {
        // Billing.Api references Billing.Infrastructure: judged as Staff's, that is another module's internals.
        Assert.NotEmpty(ArchitectureRules.NoModuleReachesAnothersInternals(ArchitectureRules.Load("Billing", "Api"), "Staff"));
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
        Assert.Contains(typeof(Violations.UsingAnotherModulesPort).FullName, ArchitectureRules.UsesOnlyOtherModulesRequestsAndContracts(Self, "Staff"));
    }

    [Fact]
    public void The_use_case_rule_fails_for_a_misnamed_handler_a_handler_of_two_requests_and_a_request_outside_its_folder()
    {
        var failing = ArchitectureRules.UseCasesHaveOneShape(Self);
        Assert.Contains(typeof(Violations.PublicHandler).FullName, failing);
        Assert.Contains(typeof(Violations.TwoRequestsHandler).FullName, failing);
        Assert.Contains(typeof(Violations.ViolationQuery).FullName, failing);
        Assert.Contains(typeof(Violations.PublicValidator).FullName, failing);
        Assert.DoesNotContain(failing, name => name.Contains(".WellShaped.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_paging_rule_fails_for_a_list_request_that_is_not_a_paged_query()
    {
        Assert.Contains(typeof(Violations.UnpagedListQuery).FullName, ArchitectureRules.PagedRequestsArePagedQueries(Self));
        Assert.DoesNotContain(typeof(Violations.WellShaped.WellShapedQuery).FullName, ArchitectureRules.PagedRequestsArePagedQueries(Self));
    }

    [Fact]
    public void The_contracts_rule_fails_for_an_assembly_that_uses_a_module()
    {
        // Billing.Application uses Billing.Domain and Identity's contracts: judged as a contracts project, it must fail.
        Assert.NotEmpty(ArchitectureRules.ContractsDependOnNoModule(ArchitectureRules.Load("Billing", "Application")));
    }
}
