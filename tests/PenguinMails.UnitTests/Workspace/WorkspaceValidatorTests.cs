using PenguinMails.Workspace.Application.Companies.CreateCompany;
using PenguinMails.Workspace.Application.Companies.UpdateCompany;
using PenguinMails.Workspace.Application.Configuration.UpdateTenantConfig;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Companies.CreateCompany;
using PenguinMails.Workspace.Contracts.Companies.UpdateCompany;
using PenguinMails.Workspace.Contracts.Configuration.UpdateTenantConfig;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.UnitTests.Workspace;

public sealed class WorkspaceValidatorTests
{
    [Theory]
    [InlineData("abc", true)]
    [InlineData("a-1", true)]
    [InlineData("ABC-Corp", true)] // compared and stored lower-cased
    [InlineData("ab", false)]
    [InlineData("-abc", false)]
    [InlineData("abc-", false)]
    [InlineData("a_c", false)]
    [InlineData("a.c", false)]
    public void WorkspaceHandle_AllowsLettersDigitsAndInnerHyphens_ThreeToSixtyThreeLong(string handle, bool valid)
    {
        Assert.Equal(valid, WorkspaceHandle.IsValid(handle));
    }

    [Fact]
    public void WorkspaceHandle_IsAtMostSixtyThreeCharacters()
    {
        Assert.True(WorkspaceHandle.IsValid(new string('a', 63)));
        Assert.False(WorkspaceHandle.IsValid(new string('a', 64)));
    }

    [Fact]
    public void GenerateWorkspaceName_AlwaysYieldsAValidHandle()
    {
        foreach (var name in new[] { "Acme", "!!!", "a", new string('x', 100), "Ünïcödé Çorp", "-- lead --" })
        {
            Assert.True(WorkspaceHandle.IsValid(Company.GenerateWorkspaceName(name)), name);
        }
    }

    [Theory]
    [InlineData("Acme", null, null, null, null, true)]
    [InlineData("", null, null, null, null, false)]
    [InlineData("Acme", "https://cdn.example.com/l.png", "active", "Small", "Software", true)]
    [InlineData("Acme", "http://cdn.example.com/l.png", null, null, null, false)]
    [InlineData("Acme", null, "paused", null, null, false)]
    [InlineData("Acme", null, null, "Huge", null, false)]
    public void CreateCompany_ValidatesEachField(string name, string? logo, string? status, string? size, string? industry, bool valid)
    {
        var result = new CreateCompanyCommandValidator().Validate(new CreateCompanyCommand(name, null, logo, status, industry, size));
        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void UpdateCompany_ChecksOnlyTheFieldsSent_AndNamesErrorsByField()
    {
        var validator = new UpdateCompanyCommandValidator();
        Assert.True(validator.Validate(new UpdateCompanyCommand()).IsValid);

        var result = validator.Validate(new UpdateCompanyCommand { Name = "", CompanySize = "tiny" });
        Assert.Equal(["CompanySize", "Name"], result.Errors.Select(e => e.PropertyName).Distinct().Order());
    }

    [Fact]
    public void UpdateCompany_RefusesANullStatusOrName()
    {
        var result = new UpdateCompanyCommandValidator().Validate(new UpdateCompanyCommand { Name = null!, Status = null! });
        Assert.Equal(["Name", "Status"], result.Errors.Select(e => e.PropertyName).Distinct().Order());
    }

    [Theory]
    [InlineData("NO", true)]
    [InlineData("US", true)]
    [InlineData("XX", false)]
    [InlineData("no", false)]
    [InlineData("NOR", false)]
    public void UpdateTenantConfig_AcceptsOnlyAssignedCountryCodes(string country, bool valid)
    {
        var command = new UpdateTenantConfigCommand { BillingAddress = new BillingAddressDto("1 Main St", "Oslo", "0150", country) };
        Assert.Equal(valid, new UpdateTenantConfigCommandValidator().Validate(command).IsValid);
    }

    [Theory]
    [InlineData("#A1B2C3", true)]
    [InlineData("#a1b2c3", true)]
    [InlineData("A1B2C3", false)]
    [InlineData("#A1B2C", false)]
    public void UpdateTenantConfig_ThemeColourIsHashAndSixHexDigits(string colour, bool valid)
    {
        Assert.Equal(valid, new UpdateTenantConfigCommandValidator().Validate(new UpdateTenantConfigCommand { ThemePrimaryColor = colour }).IsValid);
    }

    [Fact]
    public void UpdateTenantConfig_RefusesTheStripeCustomerId()
    {
        var result = new UpdateTenantConfigCommandValidator().Validate(new UpdateTenantConfigCommand { StripeCustomerId = "cus_1" });
        Assert.Equal("StripeCustomerId", Assert.Single(result.Errors).PropertyName);
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Base", false)]
    public void UpdateTenantConfig_TimeZoneIsIana(string zone, bool valid)
    {
        Assert.Equal(valid, new UpdateTenantConfigCommandValidator().Validate(new UpdateTenantConfigCommand { UiTimezone = zone }).IsValid);
    }
}
