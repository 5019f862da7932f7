using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Infrastructure.Sending;
using PenguinMails.IntegrationTests.Infrastructure;
using PenguinMails.IntegrationTests.Mail;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Sending;

/// <summary>A host whose engine allows two tries of a deferred e-mail, and whose unsubscribe links are on a known origin.</summary>
public sealed class SendingApiFixture : ApiFixture
{
    public const string PublicBaseUrl = "https://links.penguinmails.test";

    protected override Dictionary<string, string> HostSettings()
    {
        var settings = base.HostSettings();
        settings["Sending:PublicBaseUrl"] = PublicBaseUrl;
        settings["Sending:MaxAttempts"] = "2";
        return settings;
    }
}

/// <summary>
/// The sending engine end to end: campaigns over HTTP, a real SMTP server on loopback, both databases real. Each test
/// runs the engine's rounds itself (SendingEngine.RunUntilIdleAsync), as many hosts as it needs.
/// </summary>
public sealed class SendingEngineTests(SendingApiFixture api) : IClassFixture<SendingApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_started_campaign_sends_each_lead_its_first_email_personalised_signed_and_logged()
    {
        await using var smtp = new SmtpSandbox();
        var tenant = await TenantAsync(smtp, accounts: 1);
        var leads = await LeadsAsync(tenant, ("ana@north.example", "Ana"), ("ben@north.example", null));
        var campaign = await CampaignAsync(tenant, leads);

        Assert.Equal(2, await RunAsync(api.Factory));

        Assert.Equal(2, smtp.Messages.Count);
        var ana = smtp.Messages.Single(m => m.To.Mailboxes.Single().Address == "ana@north.example");
        Assert.Equal("Hi Ana", ana.Subject);
        Assert.StartsWith("Hello Ana,", ana.TextBody);
        Assert.StartsWith("Hello there,", smtp.Messages.Single(m => m.To.Mailboxes.Single().Address == "ben@north.example").TextBody);
        var unsubscribe = ana.Headers["List-Unsubscribe"];
        Assert.StartsWith($"<{SendingApiFixture.PublicBaseUrl}/api/v1/unsubscribe/", unsubscribe);
        Assert.Contains(unsubscribe!.Trim('<', '>'), ana.TextBody);
        Assert.Equal("List-Unsubscribe=One-Click", ana.Headers["List-Unsubscribe-Post"]);
        Assert.EndsWith("@" + tenant.Domain, ana.MessageId);
        Assert.True(await DkimCheck.VerifiesAsync(ana, tenant.DkimRecord), "signed with the domain's published key");
        var signed = ana.Headers[HeaderId.DkimSignature];
        Assert.Contains("list-unsubscribe", signed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("list-unsubscribe-post", signed, StringComparison.OrdinalIgnoreCase);

        var logged = await ContentRowsAsync($"SELECT message_id, status, to_address, attempts FROM email_messages WHERE campaign_id = '{campaign}'");
        Assert.Equal(2, logged.Count);
        Assert.All(logged, row => Assert.Equal(("sent", 1), ((string)row[1], (int)row[3])));
        Assert.Contains(logged, row => (string)row[0] == $"<{ana.MessageId}>" && (string)row[2] == "ana@north.example");
        Assert.Equal(ana.Headers[CorrelationHeader], await ContentScalarAsync<Guid>($"SELECT id FROM email_messages WHERE message_id = '<{ana.MessageId}>'") is var id ? id.ToString("N") : null);
        Assert.Equal(ana.Subject, await ContentScalarAsync<string>($"SELECT c.subject FROM email_content c JOIN email_messages m ON m.id = c.email_message_id WHERE m.message_id = '<{ana.MessageId}>'"));

        var enrollment = await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{leads[0]}"));
        Assert.Equal("completed", enrollment.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, enrollment.GetProperty("lastSentAt").ValueKind);
        var sent = Assert.Single(enrollment.GetProperty("messages").EnumerateArray());
        Assert.Equal(($"<{ana.MessageId}>", 1, "Hi Ana", "sent"), (sent.GetProperty("messageId").GetString(), sent.GetProperty("step").GetInt32(),
            sent.GetProperty("subject").GetString(), sent.GetProperty("status").GetString()));
        Assert.NotEqual(JsonValueKind.Null, sent.GetProperty("sentAt").ValueKind);
        Assert.Equal(2, await api.PlatformScalarAsync<int>($"SELECT executed_count FROM campaign_sequence_steps WHERE campaign_id = '{campaign}'"));
        Assert.Equal(0, await RunAsync(api.Factory)); // nothing twice
        Assert.Equal(2, smtp.Messages.Count);
        Assert.Equal("completed", (await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_follow_up_threads_under_the_first_email_with_its_subject_as_a_reply()
    {
        await using var smtp = new SmtpSandbox();
        var tenant = await TenantAsync(smtp, accounts: 1);
        var leads = await LeadsAsync(tenant, ("cy@west.example", "Cy"));
        var campaign = await CampaignAsync(tenant, leads, followUp: true);
        await RunAsync(api.Factory);
        var first = Assert.Single(smtp.Messages);
        Assert.Equal(0, await RunAsync(api.Factory)); // the wait holds the follow-up back

        await api.PlatformExecuteAsync($"UPDATE campaign_leads SET next_send_at = now() - interval '1 second' WHERE campaign_id = '{campaign}'");
        await RunAsync(api.Factory);

        var second = smtp.Messages.Single(m => m.MessageId != first.MessageId);
        Assert.Equal("Re: Hi Cy", second.Subject);
        Assert.Equal(first.MessageId, second.InReplyTo);
        Assert.Equal(first.MessageId, Assert.Single(second.References));
        Assert.Equal(first.From.Mailboxes.Single().Address, second.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_condition_step_lets_only_the_leads_it_holds_for_go_on()
    {
        await using var smtp = new SmtpSandbox();
        var tenant = await TenantAsync(smtp, accounts: 1);
        var leads = await LeadsAsync(tenant, ("quiet@cond.example", "Quinn"), ("answered@cond.example", "Ada"));
        var campaign = await CampaignAsync(tenant, leads, followUp: true, condition: "not_replied");
        await RunAsync(api.Factory);
        Assert.Equal(2, smtp.Messages.Count);

        // Ada answered during the wait (the inbound-mail feature records it); then the wait ends.
        await api.PlatformExecuteAsync($"""
            UPDATE campaign_leads SET replied_at = now() WHERE lead_id = '{leads[1]}';
            UPDATE campaign_leads SET next_send_at = now() - interval '1 second' WHERE campaign_id = '{campaign}';
            """);
        await RunAsync(api.Factory);

        Assert.Equal(3, smtp.Messages.Count);
        Assert.Equal(2, smtp.Messages.Count(m => m.To.Mailboxes.Single().Address == "quiet@cond.example"));
        var answered = await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{leads[1]}"));
        Assert.Equal(("completed", "condition_not_met:not_replied"), (answered.GetProperty("status").GetString(), answered.GetProperty("stopReason").GetString()));
    }

    [Fact]
    public async Task An_account_without_a_gap_sends_several_emails_a_round_over_one_smtp_session_and_one_with_a_gap_sends_one()
    {
        await using var smtp = new SmtpSandbox();
        var ungapped = await TenantAsync(smtp, accounts: 1);
        await CampaignAsync(ungapped, await LeadsAsync(ungapped, [.. Enumerable.Range(0, 6).Select(i => ($"lead{i}@session.example", (string?)null))]));
        var engine = api.Factory.Services.GetRequiredService<SendingEngine>();

        Assert.Equal(6, await engine.RunRoundAsync(CancellationToken.None));
        Assert.Equal((6, 1), (smtp.Messages.Count, smtp.Sessions));

        var gapped = await TenantAsync(smtp, accounts: 1);
        await api.PlatformExecuteAsync($"UPDATE email_accounts SET min_gap_seconds = 60 WHERE tenant_id = '{gapped.Owner.TenantId}'");
        await CampaignAsync(gapped, await LeadsAsync(gapped, ("one@paced.example", null), ("two@paced.example", null)));
        Assert.Equal(1, await engine.RunRoundAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Two_hosts_racing_send_each_email_once_and_never_pass_an_accounts_daily_cap()
    {
        await using var smtp = new SmtpSandbox();
        var tenant = await TenantAsync(smtp, accounts: 3, dailyLimit: 7);
        var leads = await LeadsAsync(tenant, [.. Enumerable.Range(0, 30).Select(i => ($"lead{i}@race.example", (string?)null))]);
        await CampaignAsync(tenant, leads);
        await using var second = new ApiFactory(api.AppConnectionString, new Dictionary<string, string>
        {
            ["ConnectionStrings:Platform"] = api.PlatformConnectionString, ["Secrets:MasterKey"] = api.Factory.SecretsMasterKey,
            ["Identity:SigningKey"] = api.Factory.SigningKey,
        });

        await Task.WhenAll(RunAsync(api.Factory), RunAsync(second), RunAsync(api.Factory), RunAsync(second));

        var recipients = smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(recipients.Count, recipients.Distinct().Count());
        Assert.Equal(21, recipients.Count); // three accounts, seven each: every one that could go went, once
        Assert.All(smtp.Messages.GroupBy(m => m.From.Mailboxes.Single().Address), sender => Assert.Equal(7, sender.Count()));
        Assert.Equal(21L, await ContentScalarAsync<long>($"SELECT count(*) FROM email_messages WHERE status = 'sent' AND tenant_id = '{tenant.Owner.TenantId}'"));
    }

    [Fact]
    public async Task A_deferred_email_is_tried_again_with_the_same_message_id_then_fails_the_lead()
    {
        await using var smtp = new SmtpSandbox();
        smtp.Deferred["busy@slow.example"] = true;
        var tenant = await TenantAsync(smtp, accounts: 1);
        var leads = await LeadsAsync(tenant, ("busy@slow.example", null));
        var campaign = await CampaignAsync(tenant, leads);

        await RunAsync(api.Factory);
        var deferred = await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{leads[0]}"));
        Assert.Equal("active", deferred.GetProperty("status").GetString());
        Assert.True(deferred.GetProperty("nextSendAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(4), "backed off");
        var firstTry = await ContentRowsAsync($"SELECT message_id, status, attempts, smtp_status FROM email_messages WHERE campaign_id = '{campaign}'");
        Assert.Equal(("deferred", 1, 451), ((string)Assert.Single(firstTry)[1], (int)firstTry[0][2], (int)firstTry[0][3]));

        await api.PlatformExecuteAsync($"UPDATE campaign_leads SET next_send_at = now() WHERE campaign_id = '{campaign}'");
        await RunAsync(api.Factory);

        var failed = await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{leads[0]}"));
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        var secondTry = Assert.Single(await ContentRowsAsync($"SELECT message_id, status, attempts FROM email_messages WHERE campaign_id = '{campaign}'"));
        Assert.Equal((firstTry[0][0], "failed", 2), (secondTry[0], (string)secondTry[1], (int)secondTry[2]));
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task A_storm_of_deferrals_is_one_attempt_each_then_spread_out_never_a_tight_loop()
    {
        await using var smtp = new SmtpSandbox();
        var addresses = Enumerable.Range(0, 12).Select(i => $"busy{i}@storm.example").ToArray();
        foreach (var address in addresses)
        {
            smtp.Deferred[address] = true;
        }

        var tenant = await TenantAsync(smtp, accounts: 3);
        var campaign = await CampaignAsync(tenant, await LeadsAsync(tenant, [.. addresses.Select(a => (a, (string?)null))]));

        await RunAsync(api.Factory);

        var tries = await ContentRowsAsync($"SELECT attempts, status FROM email_messages WHERE campaign_id = '{campaign}'");
        Assert.Equal(12, tries.Count);
        Assert.All(tries, t => Assert.Equal((1, "deferred"), ((int)t[0], (string)t[1])));
        var retries = await api.PlatformScalarAsync<long>($"SELECT count(DISTINCT next_send_at) FROM campaign_leads WHERE campaign_id = '{campaign}' AND next_send_at > now() + interval '4 minutes'");
        Assert.True(retries > 1, "retries are spread by jitter, not all at one instant");
        Assert.Equal(0, await RunAsync(api.Factory));
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task A_refused_recipient_is_a_hard_bounce_that_ends_the_lead_everywhere()
    {
        await using var smtp = new SmtpSandbox();
        smtp.Rejected["nobody@void.example"] = true;
        var tenant = await TenantAsync(smtp, accounts: 1);
        var leads = await LeadsAsync(tenant, ("nobody@void.example", null));
        var campaign = await CampaignAsync(tenant, leads);
        var other = await CampaignAsync(tenant, leads, start: false);

        await RunAsync(api.Factory);

        Assert.Equal("bounced", (await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{leads[0]}"))).GetProperty("status").GetString());
        Assert.Equal("bounced", (await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{other}/leads/{leads[0]}"))).GetProperty("status").GetString());
        Assert.Equal("bounced", (await ReadAsync(await tenant.Client.GetAsync($"/api/v1/leads/{leads[0]}"))).GetProperty("status").GetString());
        Assert.Equal("bounced", await ContentScalarAsync<string>($"SELECT status FROM email_messages WHERE campaign_id = '{campaign}'"));
    }

    [Fact]
    public async Task An_unsubscribed_lead_and_a_paused_campaign_send_nothing()
    {
        await using var smtp = new SmtpSandbox();
        var tenant = await TenantAsync(smtp, accounts: 1);
        var leads = await LeadsAsync(tenant, ("stop@me.example", null), ("later@me.example", null));
        var campaign = await CampaignAsync(tenant, leads);
        await ReadAsync(await tenant.Client.PostAsJsonAsync("/api/v1/suppressions", new { value = "stop@me.example" }));
        await ReadAsync(await tenant.Client.PostAsync($"/api/v1/campaigns/{campaign}/pause", null));

        Assert.Equal(0, await RunAsync(api.Factory));
        await ReadAsync(await tenant.Client.PostAsync($"/api/v1/campaigns/{campaign}/resume", null));
        await RunAsync(api.Factory);

        Assert.Equal(["later@me.example"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address));
    }

    [Fact]
    public async Task A_worker_lost_after_DATA_leaves_its_email_unknown_and_never_sent_again_while_one_lost_before_is_sent()
    {
        await using var smtp = new SmtpSandbox();
        var tenant = await TenantAsync(smtp, accounts: 2);
        var leads = await LeadsAsync(tenant, ("after@lost.example", null), ("before@lost.example", null));
        var campaign = await CampaignAsync(tenant, leads);
        // Two claims as a worker that then died would leave them: leases past, one attempt marked as having reached DATA.
        await api.PlatformExecuteAsync($"""
            UPDATE campaign_leads SET lease_id = gen_random_uuid(), lease_until = now() - interval '1 minute', attempts = 1,
                attempt_email_id = gen_random_uuid(), attempt_message_id = '<' || id || '@{tenant.Domain}>',
                email_account_id = (SELECT id FROM email_accounts WHERE tenant_id = '{tenant.Owner.TenantId}' ORDER BY email LIMIT 1)
            WHERE campaign_id = '{campaign}';
            UPDATE campaign_leads SET attempt_data_at = now() - interval '2 minutes' WHERE lead_id = '{leads[0]}';
            """);

        await RunAsync(api.Factory);
        Assert.Empty(smtp.Messages); // the one given back waits a minute, never a tight loop
        await api.PlatformExecuteAsync($"UPDATE campaign_leads SET next_send_at = now() WHERE lead_id = '{leads[1]}'");
        await RunAsync(api.Factory);

        Assert.Equal(["before@lost.example"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address));
        var lost = await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{leads[0]}"));
        Assert.Equal("completed", lost.GetProperty("status").GetString());
        Assert.Equal(0, await RunAsync(api.Factory));
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task A_connection_cut_after_DATA_leaves_the_email_unknown_and_never_sends_it_again()
    {
        await using var smtp = new SmtpSandbox();
        smtp.DropAfterData["cut@drop.example"] = true;
        var tenant = await TenantAsync(smtp, accounts: 1);
        var leads = await LeadsAsync(tenant, ("cut@drop.example", null));
        var campaign = await CampaignAsync(tenant, leads);

        await RunAsync(api.Factory);
        await api.PlatformExecuteAsync($"UPDATE campaign_leads SET next_send_at = now() WHERE campaign_id = '{campaign}'");
        await RunAsync(api.Factory);

        Assert.Single(smtp.Messages); // the server had it once
        var enrollment = await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{leads[0]}"));
        Assert.Equal("completed", enrollment.GetProperty("status").GetString());
        Assert.Equal("unknown", Assert.Single(enrollment.GetProperty("messages").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_database_restarted_while_the_server_takes_an_email_still_records_it_sent_and_sends_it_once()
    {
        await using var smtp = new SmtpSandbox();
        var tenant = await TenantAsync(smtp, accounts: 1);
        var leads = await LeadsAsync(tenant, ("restart@db.example", null));
        var campaign = await CampaignAsync(tenant, leads);
        var database = api.Name;
        var back = Task.CompletedTask;
        smtp.BeforeDataReply = async () =>
        {
            smtp.BeforeDataReply = null;
            // The operational database goes away (every connection cut, none accepted) while the server holds its reply.
            await TestPostgres.AdminExecuteAsync($"ALTER DATABASE {database} WITH ALLOW_CONNECTIONS false");
            await TestPostgres.AdminExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()");
            back = Task.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1.5)); // the outage the engine must ride out
                await TestPostgres.AdminExecuteAsync($"ALTER DATABASE {database} WITH ALLOW_CONNECTIONS true");
            });
        };

        try
        {
            await RunAsync(api.Factory);
        }
        catch (NpgsqlException)
        {
            // A later statement of the round met a pooled connection the restart had cut; the engine's loop logs it
            // and polls again, as the next call does.
        }

        await back;
        // The host's other pooled connections died with the restart too (Npgsql drops each at its first use); the
        // rest of this class must not meet them.
        api.Factory.Services.GetRequiredService<NpgsqlDataSource>().Clear();
        api.Factory.Services.GetRequiredService<PlatformDataSource>().DataSource.Clear();
        NpgsqlConnection.ClearAllPools();
        await api.PlatformExecuteAsync($"UPDATE campaign_leads SET next_send_at = now() WHERE campaign_id = '{campaign}'");
        await RunAsync(api.Factory);

        Assert.Single(smtp.Messages);
        var enrollment = await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{leads[0]}"));
        Assert.Equal("completed", enrollment.GetProperty("status").GetString());
        Assert.Equal("sent", Assert.Single(enrollment.GetProperty("messages").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_server_that_refuses_the_login_pauses_the_account_and_keeps_its_leads_for_later()
    {
        await using var smtp = new SmtpSandbox("sender", "the-real-password");
        var tenant = await TenantAsync(smtp, accounts: 1, password: "a-wrong-password");
        var leads = await LeadsAsync(tenant, ("wait@auth.example", null), ("also@auth.example", null), ("later@auth.example", null));
        var campaign = await CampaignAsync(tenant, leads);

        await RunAsync(api.Factory);

        Assert.Empty(smtp.Messages);
        Assert.Equal(1, smtp.Sessions); // the round's other e-mails of the account were not tried once its login failed
        foreach (var lead in leads)
        {
            var enrollment = await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{lead}"));
            Assert.Equal("active", enrollment.GetProperty("status").GetString());
        }

        Assert.Equal(0, await api.PlatformScalarAsync<int>($"SELECT max(attempts) FROM campaign_leads WHERE campaign_id = '{campaign}'"));
        Assert.StartsWith("auth:", await api.PlatformScalarAsync<string>($"SELECT sending_error FROM email_accounts WHERE tenant_id = '{tenant.Owner.TenantId}'"));
        Assert.Equal(0, await api.PlatformScalarAsync<int>($"SELECT daily_count FROM email_accounts WHERE tenant_id = '{tenant.Owner.TenantId}'"));
        Assert.Equal(0, await RunAsync(api.Factory)); // paused: not tried again at once
    }

    [Fact]
    public async Task The_message_log_shows_the_api_role_only_its_tenants_rows_and_lets_it_write_none()
    {
        await using var smtp = new SmtpSandbox();
        var tenant = await TenantAsync(smtp, accounts: 1);
        var campaign = await CampaignAsync(tenant, await LeadsAsync(tenant, ("iso@late.example", null)));
        await RunAsync(api.Factory);
        await using var connection = new NpgsqlConnection(ContentConnections.Derive(api.AppConnectionString));
        await connection.OpenAsync();

        async Task<long> CountAsync(Guid? tenantId)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var context = new NpgsqlCommand($"CALL set_app_context({(tenantId is null ? "NULL" : $"'{tenantId}'")}, NULL)", connection, transaction);
            await context.ExecuteNonQueryAsync();
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM email_messages WHERE campaign_id = '{campaign}'", connection, transaction);
            return (long)(await count.ExecuteScalarAsync())!;
        }

        Assert.Equal(1L, await CountAsync(tenant.Owner.TenantId));
        Assert.Equal(0L, await CountAsync(Guid.NewGuid()));
        Assert.Equal(0L, await CountAsync(null));
        await using var write = new NpgsqlCommand("DELETE FROM email_messages", connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => write.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.True(await ContentScalarAsync<bool>("SELECT bool_and(relforcerowsecurity) FROM pg_class WHERE relname IN ('email_messages', 'email_content')"));
    }

    [Fact]
    public async Task The_sending_status_says_why_a_campaign_sends_or_waits()
    {
        await using var smtp = new SmtpSandbox();
        var tenant = await TenantAsync(smtp, accounts: 1);
        var leads = await LeadsAsync(tenant, ("one@why.example", null), ("two@why.example", null));
        var campaign = await CampaignAsync(tenant, leads, start: false);
        await ReadAsync(await tenant.Client.PatchAsJsonAsync($"/api/v1/campaigns/{campaign}", new { dailyLimit = 1 }));
        Assert.Equal("not_started", (await SendingAsync(tenant, campaign)).GetProperty("state").GetString());
        await ReadAsync(await tenant.Client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/schedule", new { scheduled = DateTimeOffset.UtcNow.AddDays(1) }));
        await ReadAsync(await tenant.Client.PostAsync($"/api/v1/campaigns/{campaign}/start", null));

        var ready = await SendingAsync(tenant, campaign);
        Assert.Equal(("sending", 2, 0), (ready.GetProperty("state").GetString(), ready.GetProperty("dueLeads").GetInt32(), ready.GetProperty("sentToday").GetInt32()));
        Assert.Empty(ready.GetProperty("reasons").EnumerateArray());

        await RunAsync(api.Factory);
        var capped = await SendingAsync(tenant, campaign);
        Assert.Equal("waiting", capped.GetProperty("state").GetString());
        Assert.Equal(["campaign_daily_limit"], capped.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal((1, 1), (capped.GetProperty("dueLeads").GetInt32(), capped.GetProperty("sentToday").GetInt32()));
        Assert.Equal(1, Assert.Single(capped.GetProperty("senders").EnumerateArray()).GetProperty("sentToday").GetInt32());
        Assert.Single(smtp.Messages);

        await ReadAsync(await tenant.Client.PostAsync($"/api/v1/campaigns/{campaign}/pause", null));
        var night = DateTimeOffset.UtcNow.AddHours(12).ToString("HH:mm", CultureInfo.InvariantCulture);
        var later = DateTimeOffset.UtcNow.AddHours(13).ToString("HH:mm", CultureInfo.InvariantCulture);
        await ReadAsync(await tenant.Client.PatchAsJsonAsync($"/api/v1/campaigns/{campaign}", new
        {
            schedule = new { timezone = "UTC", days = new[] { 1, 2, 3, 4, 5, 6, 7 }, start = night, end = later }, dailyLimit = (int?)null,
        }));
        Assert.Equal(["paused"], (await SendingAsync(tenant, campaign)).GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        await ReadAsync(await tenant.Client.PostAsync($"/api/v1/campaigns/{campaign}/resume", null));

        var closed = await SendingAsync(tenant, campaign);
        Assert.Equal(["outside_schedule"], closed.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.InRange(closed.GetProperty("nextSendAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddHours(11), DateTimeOffset.UtcNow.AddHours(12.1));
        Assert.Equal(0, await RunAsync(api.Factory));
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task A_plans_emails_per_month_are_never_passed_and_usage_shows_them()
    {
        await using var smtp = new SmtpSandbox();
        var tenant = await TenantAsync(smtp, accounts: 3);
        await api.PlatformExecuteAsync($"""
            INSERT INTO plans (name, slug, max_emails_per_month, api_access) VALUES ('Two a month', 'two-{tenant.Owner.TenantId:N}', 2, TRUE);
            UPDATE subscriptions SET plan_id = (SELECT id FROM plans WHERE slug = 'two-{tenant.Owner.TenantId:N}') WHERE tenant_id = '{tenant.Owner.TenantId}' AND status <> 'canceled';
            """);
        var campaign = await CampaignAsync(tenant, await LeadsAsync(tenant, ("a@plan.example", null), ("b@plan.example", null), ("c@plan.example", null)));

        await RunAsync(api.Factory);
        await RunAsync(api.Factory);

        Assert.Equal(2, smtp.Messages.Count);
        var usage = await tenant.Client.GetFromJsonAsync<JsonElement>("/api/v1/usage");
        var emails = usage.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("limit").GetString() == "emailsPerMonth");
        Assert.Equal((2, 2), (emails.GetProperty("current").GetInt32(), emails.GetProperty("max").GetInt32()));
        Assert.Equal(1, (await SendingAsync(tenant, campaign)).GetProperty("dueLeads").GetInt32());
    }

    private static async Task<JsonElement> SendingAsync(Tenant tenant, Guid campaign) =>
        await ReadAsync(await tenant.Client.GetAsync($"/api/v1/campaigns/{campaign}/sending"));

    private const string CorrelationHeader = "X-PenguinMails-Message-Id";

    private sealed record Tenant(Account Owner, HttpClient Client, Guid CompanyId, string Domain, string DkimRecord, Guid TemplateId, IReadOnlyList<Guid> Accounts);

    private static Task<int> RunAsync(ApiFactory host) => host.Services.GetRequiredService<SendingEngine>().RunUntilIdleAsync(CancellationToken.None);

    /// <summary>A tenant with a domain (marked verified: DNS is another test's subject), sending accounts on the sandbox with no gap, and a template.</summary>
    private async Task<Tenant> TenantAsync(SmtpSandbox smtp, int accounts, int? dailyLimit = null, string? password = null)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var companyId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var name = $"s{Guid.NewGuid():N}"[..12] + ".com";
        var domain = await ReadAsync(await client.PostAsJsonAsync("/api/v1/domains", new { domain = name, companyId }));
        var domainId = domain.GetProperty("id").GetGuid();
        await api.PlatformExecuteAsync($"UPDATE domains SET verification_status = 'verified' WHERE id = '{domainId}'");
        var dkim = domain.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("recordType").GetString() == "DKIM").GetProperty("value").GetString()!;
        var ids = new List<Guid>();
        for (var i = 0; i < accounts; i++)
        {
            ids.Add((await ReadAsync(await client.PostAsJsonAsync("/api/v1/email-accounts", new
            {
                domainId, email = $"rep{i}@{name}", password = password ?? smtp.Password ?? "unused",
                smtpSettings = new { host = "127.0.0.1", port = smtp.Port, security = "none", username = smtp.Username ?? "sender" },
                dailyLimit, minGapSeconds = 0, randomGapSeconds = 0,
            }))).GetProperty("id").GetGuid());
        }

        var template = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/templates", new
        {
            name = "Intro", subject = "Hi {{firstName|there}}", content = "Hello {{firstName|there}},\nA short note.\nUnsubscribe: {{unsubscribeUrl}}",
        }))).GetProperty("id").GetGuid();
        return new Tenant(owner, client, companyId, name, dkim, template, ids);
    }

    private static async Task<Guid[]> LeadsAsync(Tenant tenant, params (string Email, string? FirstName)[] leads)
    {
        var ids = new List<Guid>();
        foreach (var (email, firstName) in leads)
        {
            ids.Add((await ReadAsync(await tenant.Client.PostAsJsonAsync("/api/v1/leads", new { email, firstName }))).GetProperty("id").GetGuid());
        }

        return [.. ids];
    }

    /// <summary>A campaign sending now (a window around the current hour, every day), rotating the tenant's accounts, with these leads.</summary>
    private static async Task<Guid> CampaignAsync(Tenant tenant, Guid[] leads, bool followUp = false, bool start = true, string? condition = null)
    {
        var client = tenant.Client;
        var id = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/campaigns", new { companyId = tenant.CompanyId, name = "Outreach" }))).GetProperty("id").GetGuid();
        var now = DateTimeOffset.UtcNow;
        string At(int hours) => now.AddHours(hours).ToString("HH:mm", CultureInfo.InvariantCulture);
        await ReadAsync(await client.PatchAsJsonAsync($"/api/v1/campaigns/{id}", new
        {
            schedule = new { timezone = "UTC", days = new[] { 1, 2, 3, 4, 5, 6, 7 }, start = At(-3), end = At(3) },
            emailAccountIds = tenant.Accounts,
        }));
        await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{id}/steps", new { stepType = "email", templateId = tenant.TemplateId }));
        if (followUp)
        {
            await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{id}/steps", new { stepType = "wait", waitDurationHours = 48 }));
            if (condition is not null)
            {
                await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{id}/steps", new { stepType = "condition", conditionType = condition }));
            }

            var followUpTemplate = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/templates", new { name = "Nudge", content = "Any thoughts, {{firstName|there}}?" }))).GetProperty("id").GetGuid();
            await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{id}/steps", new { stepType = "email", templateId = followUpTemplate }));
        }

        await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{id}/leads", new { leadIds = leads }));
        if (start)
        {
            await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{id}/schedule", new { scheduled = now.AddDays(1) }));
            await ReadAsync(await client.PostAsync($"/api/v1/campaigns/{id}/start", null));
        }

        return id;
    }

    private string ContentConnectionString => ContentConnections.Derive(api.PlatformConnectionString);

    private async Task<List<object[]>> ContentRowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ContentConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private async Task<T> ContentScalarAsync<T>(string sql) => (T)(await ContentRowsAsync(sql))[0][0];
}
