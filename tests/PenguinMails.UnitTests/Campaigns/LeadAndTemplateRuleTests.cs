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
        var lead = Lead.Create(Guid.NewGuid(), "ada@x.com", "Ada King Lovelace", null, LeadStatus.Active, DateTimeOffset.UnixEpoch);
        var (text, unknown) = TemplateText.Render("{{firstName}}/{{ lastName }}/{{company}}/{{email}}/{{foo}}{{foo}}", TemplateText.ValuesOf(lead));
        Assert.Equal("Ada/King Lovelace//ada@x.com/{{foo}}{{foo}}", text);
        Assert.Equal(["foo"], unknown);
    }

    [Fact]
    public void Lead_BlankNameOrCompany_IsNoValue()
    {
        var lead = Lead.Create(Guid.NewGuid(), "a@x.com", "   ", " Acme ", LeadStatus.Active, DateTimeOffset.UnixEpoch);
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
