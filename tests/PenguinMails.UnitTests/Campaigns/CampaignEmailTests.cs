using PenguinMails.Campaigns.Application.Sending;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.UnitTests.Campaigns;

public sealed class CampaignEmailTests
{
    private const string Url = "https://links.example/api/v1/unsubscribe/tok";

    private static Dictionary<string, string?> Values(string? firstName = "Ana") =>
        TemplateText.ValuesOf("ana@x.example", null, firstName, null, "Acme", new Dictionary<string, string>());

    [Fact]
    public void A_first_email_is_personalised_and_carries_one_click_unsubscribe_and_the_correlation_header()
    {
        var id = Guid.NewGuid();

        var email = CampaignEmail.Compose("Hi {{firstName}}", "Hello {{firstName|there}} at {{company}}. {{unsubscribeUrl}}", null, Values(), null, Url, id);

        Assert.Equal("Hi Ana", email.Subject);
        Assert.Equal($"Hello Ana at Acme. {Url}", email.TextBody);
        Assert.Contains(new KeyValuePair<string, string>("List-Unsubscribe", $"<{Url}>"), email.Headers);
        Assert.Contains(new KeyValuePair<string, string>("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), email.Headers);
        Assert.Contains(new KeyValuePair<string, string>(CampaignEmail.CorrelationHeader, id.ToString("N")), email.Headers);
        Assert.DoesNotContain(email.Headers, h => h.Key is "In-Reply-To" or "References");
    }

    [Fact]
    public void A_follow_up_without_a_subject_replies_in_the_thread_of_the_first()
    {
        var thread = new EmailThread("<first@d.example>", "Hi Ana", "<second@d.example>");

        var email = CampaignEmail.Compose(null, "Any news?", null, Values(), thread, Url, Guid.NewGuid());

        Assert.Equal("Re: Hi Ana", email.Subject);
        Assert.Contains(new KeyValuePair<string, string>("In-Reply-To", "<second@d.example>"), email.Headers);
        Assert.Contains(new KeyValuePair<string, string>("References", "<first@d.example> <second@d.example>"), email.Headers);
    }

    [Fact]
    public void A_follow_up_with_its_own_subject_keeps_it_and_still_threads()
    {
        var thread = new EmailThread("<first@d.example>", "Hi Ana", "<first@d.example>");

        var email = CampaignEmail.Compose("Template subject", "Body", "One more thing, {{firstName}}", Values(), thread, Url, Guid.NewGuid());

        Assert.Equal("One more thing, Ana", email.Subject);
        Assert.Contains(new KeyValuePair<string, string>("References", "<first@d.example>"), email.Headers);
    }

    [Fact]
    public void A_field_with_a_line_break_cannot_add_a_header_through_the_subject()
    {
        var email = CampaignEmail.Compose("Hi {{firstName}}", "Body", null, Values("Ana\r\nBcc: victim@x.example"), null, Url, Guid.NewGuid());

        Assert.DoesNotContain('\n', email.Subject);
        Assert.DoesNotContain('\r', email.Subject);
    }

    [Theory]
    [InlineData(1, 0.0, 5)]
    [InlineData(2, 0.0, 10)]
    [InlineData(3, 1.0, 24)]
    [InlineData(20, 0.0, 240)]
    public void Deferred_retries_back_off_exponentially_with_bounded_jitter(int attempts, double random, double minutes)
    {
        Assert.Equal(minutes, CampaignEmail.RetryDelay(attempts, random).TotalMinutes, 3);
    }
}
