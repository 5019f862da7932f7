using System.Reflection;
using PlanContracts = PenguinMails.Billing.Contracts.Plans;
using DeliverabilityContracts = PenguinMails.Deliverability.Contracts;

namespace PenguinMails.UnitTests.BuildingBlocks;

/// <summary>
/// A module's Contracts publish its vocabulary and value shapes without depending on its Domain, so the two declare them
/// separately; these tests hold them together.
/// </summary>
public sealed class ContractVocabularyTests
{
    [Fact]
    public void Email_account_statuses_in_the_contract_are_the_domains()
    {
        Assert.Equal(Sorted(PenguinMails.Deliverability.Domain.EmailAccountStatus.Names), Constants(typeof(DeliverabilityContracts.EmailAccountStatuses)));
    }

    [Fact]
    public void Domain_ip_assignment_statuses_in_the_contract_are_the_domains()
    {
        Assert.Equal(Sorted(PenguinMails.Deliverability.Domain.AssignmentStatus.Names), Constants(typeof(DeliverabilityContracts.DomainIpAssignmentStatuses)));
    }

    [Fact]
    public void Enrollment_statuses_in_the_contract_are_the_domains()
    {
        Assert.Equal(PenguinMails.Campaigns.Domain.EnrollmentStatus.Names, PenguinMails.Campaigns.Contracts.EnrollmentStatuses.All);
    }

    [Fact]
    public void Company_statuses_in_the_contract_are_the_domains()
    {
        Assert.Equal(Sorted(PenguinMails.Workspace.Domain.CompanyStatus.Names), Sorted(PenguinMails.Workspace.Contracts.CompanyStatuses.All));
    }

    [Fact]
    public void The_contracts_email_provider_is_one_the_domain_knows()
    {
        Assert.Contains(DeliverabilityContracts.EmailProviders.Mailu, PenguinMails.Deliverability.Domain.EmailProvider.All);
    }

    [Theory]
    [InlineData(typeof(PlanContracts.PlanTerms), typeof(PenguinMails.Billing.Domain.PlanTerms))]
    [InlineData(typeof(DeliverabilityContracts.MailServerSettings), typeof(PenguinMails.Deliverability.Domain.MailServerSettings))]
    [InlineData(typeof(DeliverabilityContracts.BlacklistListing), typeof(PenguinMails.Deliverability.Domain.BlacklistListing))]
    public void A_contract_value_has_the_fields_of_its_domain_twin(Type contract, Type domain)
    {
        Assert.Equal(Fields(domain), Fields(contract));
    }

    private static List<string> Constants(Type type) =>
        Sorted(type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!));

    private static List<string> Fields(Type type) =>
        Sorted(type.GetProperties().Where(p => p.Name != "EqualityContract").Select(p => $"{p.Name}:{p.PropertyType.Name}"));

    private static List<string> Sorted(IEnumerable<string> values) => [.. values.Order(StringComparer.Ordinal)];
}
