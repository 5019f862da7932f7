using PenguinMails.Campaigns.Domain;

namespace PenguinMails.UnitTests.Campaigns;

public sealed class LeadAndTemplateRuleTests
{
    [Theory]
    [InlineData("  Ada@Example.COM ", "ada@example.com", true)]
    [InlineData("a.b+tag@sub.example.co.uk", "a.b+tag@sub.example.co.uk", true)]
    [InlineData("no-at-sign", "no-at-sign", false)]
    [InlineData("two@@example.com", "two@@example.com", false)]
    [InlineData("space in@example.com", "space in@example.com", false)]
    [InlineData("a@nodot", "a@nodot", false)]
    [InlineData("a@-bad.com", "a@-bad.com", false)]
    [InlineData("a@example.com.", "a@example.com.", false)]
    public void LeadEmail_NormalizesAndChecks(string input, string normalized, bool valid)
    {
        Assert.Equal(normalized, LeadEmail.Normalize(input));
        Assert.Equal(valid, LeadEmail.IsValid(LeadEmail.Normalize(input)));
    }

    [Theory]
    [InlineData("Hi {{firstName}}", null)]
    [InlineData("No placeholders", null)]
    [InlineData("Hi {{firstName", "position 4")]
    [InlineData("{{a {{b}}", "position 1")]
    [InlineData("Done }} alone", null)]
    public void FindProblem_NamesAnUnclosedPlaceholder(string text, string? problem)
    {
        var found = TemplateText.FindProblem(text);
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found);
        }
    }

    [Fact]
    public void Render_FillsKnownVariablesLeavesUnknownOnesAndListsThemOnce()
    {
        var lead = Lead.Create(Guid.NewGuid(), "ada@x.com", new LeadDetails(Name: "Ada King Lovelace"), LeadStatus.Active, DateTimeOffset.UnixEpoch);
        var (text, unknown) = TemplateText.Render("{{firstName}}/{{ lastName }}/{{company}}/{{email}}/{{foo}}{{foo}}", TemplateText.ValuesOf(lead));
        Assert.Equal("Ada/King Lovelace//ada@x.com/{{foo}}{{foo}}", text);
        Assert.Equal(["foo"], unknown);
    }

    [Fact]
    public void A_variable_takes_the_leads_own_field_then_a_custom_field_then_its_fallback()
    {
        var lead = Lead.Create(Guid.NewGuid(), "ada@x.com", new LeadDetails(FirstName: "Ada", CustomFields: new Dictionary<string, string> { ["city"] = "London", ["team"] = " " }), LeadStatus.Active, DateTimeOffset.UnixEpoch);

        var (text, unknown) = TemplateText.Render("Hi {{firstName|there}} in {{ city | your city }}, {{team|all}} {{company|}}{{lastName}}{{plan|}}{{ghost}}", TemplateText.ValuesOf(lead));

        Assert.Equal("Hi Ada in London, all {{ghost}}", text);
        Assert.Equal(["ghost"], unknown);
    }

    [Fact]
    public void A_lead_given_first_and_last_names_but_no_name_is_named_from_them()
    {
        var lead = Lead.Create(Guid.NewGuid(), "a@x.com", new LeadDetails(FirstName: " Grace ", LastName: "Hopper"), LeadStatus.Active, DateTimeOffset.UnixEpoch);
        Assert.Equal(("Grace Hopper", "Grace", "Hopper"), (lead.Name, lead.FirstName, lead.LastName));
    }

    [Theory]
    [InlineData("city", true)]
    [InlineData("deal_size2", true)]
    [InlineData("2fast", false)]
    [InlineData("first name", false)]
    [InlineData("FirstName", false)]
    [InlineData("unsubscribeUrl", false)]
    public void A_custom_field_name_is_a_word_that_is_not_a_lead_field(string name, bool valid) => Assert.Equal(valid, CustomField.IsValidName(name));

    [Fact]
    public void Lead_BlankNameOrCompany_IsNoValue()
    {
        var lead = Lead.Create(Guid.NewGuid(), "a@x.com", new LeadDetails(Name: "   ", Company: " Acme "), LeadStatus.Active, DateTimeOffset.UnixEpoch);
        Assert.Equal((null, "Acme"), (lead.Name, lead.Company));
    }

    [Fact]
    public void A_lead_status_is_read_back_from_its_name_and_an_unknown_name_is_refused()
    {
        Assert.All(LeadStatus.All, status => Assert.Same(status, LeadStatus.Of(status.Name)));
        Assert.Equal(["active", "unsubscribed", "bounced", "replied", "interested", "not_interested"], LeadStatus.Names);
        Assert.Throws<ArgumentOutOfRangeException>(() => LeadStatus.Of("Active"));
    }
}
