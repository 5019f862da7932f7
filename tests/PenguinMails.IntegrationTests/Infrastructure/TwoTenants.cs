namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>
/// Fixed ids of one tenant's seeded rows. Tenant "a" and tenant "b" get the same shape of data, one row in every
/// tenant-owned table, so any test can ask "can a reach b's row?".
/// </summary>
public sealed record TenantSeed(char Key)
{
    public Guid Tenant => Id(1);
    public Guid User => Id(2);
    public Guid Company => Id(3);
    public Guid Domain => Id(4);
    public Guid EmailAccount => Id(5);
    public Guid Lead => Id(6);
    public Guid Template => Id(7);
    public Guid Campaign => Id(8);
    public Guid Step => Id(9);
    public Guid Subscription => Id(10);
    public Guid Payment => Id(11);
    public Guid Assignment => Id(12);
    public Guid Preferences => Id(13);
    public Guid Session => Id(14);
    public Guid Invitation => Id(15);
    public Guid ApiKey => Id(16);
    public Guid Enrollment => Id(17);
    public Guid Suppression => Id(18);
    public string Addon => $"addon-{Key}";
    public string SecretPath => $"dkim/{Domain}/pm1";
    public long Folder => Key == 'a' ? 1001 : 1002;
    public long TemplateFolder => Folder;
    public long Tag => Folder;
    public long TemplateTag => Folder;

    private Guid Id(int n) => Guid.Parse($"{Key}{Key}{Key}{Key}{Key}{Key}{Key}{Key}-0000-0000-0000-{n:D12}");

    public string SeedSql(Guid vpsIp) => $$"""
        INSERT INTO tenants (id, name) VALUES ('{{Tenant}}', 'Tenant {{Key}}');
        INSERT INTO users (id, email, name) VALUES ('{{User}}', 'owner-{{Key}}@example.com', 'Owner {{Key}}');
        INSERT INTO tenant_users (tenant_id, user_id, roles, email) VALUES ('{{Tenant}}', '{{User}}', ARRAY['owner'], 'owner-{{Key}}@example.com');
        INSERT INTO user_preferences (id, user_id) VALUES ('{{Preferences}}', '{{User}}');
        INSERT INTO user_credentials (user_id, password_hash, password_length, password_has_uppercase, password_has_number, password_has_symbol)
            VALUES ('{{User}}', 'not-a-real-hash', 12, FALSE, FALSE, FALSE);
        INSERT INTO user_sessions (id, user_id, expires) VALUES ('{{Session}}', '{{User}}', now() + interval '1 hour');
        INSERT INTO tenant_invitations (id, tenant_id, email, roles, expires)
            VALUES ('{{Invitation}}', '{{Tenant}}', 'invitee-{{Key}}@example.com', ARRAY['member'], now() + interval '7 days');
        INSERT INTO tenant_config (tenant_id, billing_email, billing_address) VALUES ('{{Tenant}}', 'billing-{{Key}}@example.com',
            '{"line1": "1 Main Street", "city": "Oslo", "postal_code": "0150", "country": "NO"}');
        INSERT INTO tenant_policies (tenant_id) VALUES ('{{Tenant}}');
        INSERT INTO companies (id, tenant_id, name, workspace_name) VALUES ('{{Company}}', '{{Tenant}}', 'Company {{Key}}', 'workspace-{{Key}}');
        INSERT INTO domains (id, tenant_id, company_id, domain, dns_records) VALUES ('{{Domain}}', '{{Tenant}}', '{{Company}}', '{{Key}}.example.com',
            '{"records": [{"record_type": "SPF", "name": "@", "value": "v=spf1 include:_spf.penguinmails.io -all", "ttl": 3600, "verification_status": "pending", "verification_attempts": 0, "source": "platform"}]}');
        INSERT INTO email_accounts (id, tenant_id, domain_id, email, smtp_settings) VALUES ('{{EmailAccount}}', '{{Tenant}}', '{{Domain}}', 'sender@{{Key}}.example.com',
            '{"host": "smtp.{{Key}}.example.com", "port": 587, "security": "starttls", "username": "sender"}');
        INSERT INTO leads (id, tenant_id, email) VALUES ('{{Lead}}', '{{Tenant}}', 'lead@{{Key}}.example.org');
        INSERT INTO templates (id, tenant_id, name) VALUES ('{{Template}}', '{{Tenant}}', 'Template {{Key}}');
        INSERT INTO folders (id, tenant_id, name) OVERRIDING SYSTEM VALUE VALUES ({{Folder}}, '{{Tenant}}', 'Folder {{Key}}');
        INSERT INTO template_folders (id, tenant_id, template_id, folder_id) OVERRIDING SYSTEM VALUE VALUES ({{TemplateFolder}}, '{{Tenant}}', '{{Template}}', {{Folder}});
        INSERT INTO tags (id, tenant_id, value) OVERRIDING SYSTEM VALUE VALUES ({{Tag}}, '{{Tenant}}', 'tag-{{Key}}');
        INSERT INTO template_tags (id, tenant_id, template_id, tag_id) OVERRIDING SYSTEM VALUE VALUES ({{TemplateTag}}, '{{Tenant}}', '{{Template}}', {{Tag}});
        INSERT INTO campaigns (id, tenant_id, company_id, name, status) VALUES ('{{Campaign}}', '{{Tenant}}', '{{Company}}', 'Campaign {{Key}}', 'draft');
        INSERT INTO campaign_sequence_steps (id, tenant_id, campaign_id, step_order, step_type, email_account_id, template_id)
            VALUES ('{{Step}}', '{{Tenant}}', '{{Campaign}}', 1, 'email', '{{EmailAccount}}', '{{Template}}');
        INSERT INTO campaign_leads (id, tenant_id, campaign_id, lead_id, email_account_id) VALUES ('{{Enrollment}}', '{{Tenant}}', '{{Campaign}}', '{{Lead}}', '{{EmailAccount}}');
        INSERT INTO campaign_senders (tenant_id, campaign_id, email_account_id, position) VALUES ('{{Tenant}}', '{{Campaign}}', '{{EmailAccount}}', 0);
        INSERT INTO suppressions (id, tenant_id, value, kind, reason) VALUES ('{{Suppression}}', '{{Tenant}}', 'suppressed@{{Key}}.example.org', 'address', 'manual');
        INSERT INTO sending_usage (tenant_id, month, sent) VALUES ('{{Tenant}}', '2026-12-01', 3);
        INSERT INTO subscriptions (id, tenant_id, plan_id, status) VALUES ('{{Subscription}}', '{{Tenant}}', (SELECT id FROM plans WHERE slug = 'free'), 'active');
        INSERT INTO subscription_addons (id, tenant_id, subscription_id, addon_type) VALUES ('{{Addon}}', '{{Tenant}}', '{{Subscription}}', 'extra_domains');
        INSERT INTO payments (id, tenant_id, subscription_id, amount, status) VALUES ('{{Payment}}', '{{Tenant}}', '{{Subscription}}', 10.00, 'succeeded');
        INSERT INTO domain_ip_assignments (id, tenant_id, domain_id, smtp_ip_address_id, status) VALUES ('{{Assignment}}', '{{Tenant}}', '{{Domain}}', '{{vpsIp}}', 'active');
        INSERT INTO secrets (tenant_id, path, ciphertext) VALUES ('{{Tenant}}', '{{SecretPath}}', 'not-a-real-payload');
        INSERT INTO api_keys (id, tenant_id, name, secret_hash, scopes) VALUES ('{{ApiKey}}', '{{Tenant}}', 'Key {{Key}}', sha256('x'), ARRAY['leads:read']);
        INSERT INTO rate_limit_counters (tenant_id, window_start, count) VALUES ('{{Tenant}}', '2026-01-01T00:00:00Z', 1);
        INSERT INTO idempotency_keys (tenant_id, key, request_hash, status, body) VALUES ('{{Tenant}}', 'key-{{Key}}', sha256('r'), 201, convert_to('{}', 'UTF8'));
        """;
}

/// <summary>A database holding tenants a and b with one row each in every tenant-owned table, plus one shared default tag.</summary>
public class TwoTenantsFixture : DatabaseFixture
{
    public static readonly Guid SmtpIp = Guid.Parse("99999999-0000-0000-0000-000000000001");
    public const long DefaultTag = 1000;
    public static readonly Guid NewMember = Guid.Parse("cccccccc-0000-0000-0000-000000000002");

    public TenantSeed A { get; } = new('a');

    public TenantSeed B { get; } = new('b');

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await PlatformExecuteAsync($$"""
            INSERT INTO vps_instances (id, status) VALUES ('99999999-0000-0000-0000-000000000002', 'active');
            INSERT INTO smtp_ip_addresses (id, vps_instance_id, ip_address, status, provider_blacklist_status)
                VALUES ('{{SmtpIp}}', '99999999-0000-0000-0000-000000000002', '203.0.113.5', 'assigned', '{"spamhaus": {"listed": false} }');
            INSERT INTO system_config (key, value, category) VALUES ('stripe_account_id', '"acct_test"', 'billing') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
            INSERT INTO tags (id, tenant_id, value, is_default) OVERRIDING SYSTEM VALUE VALUES ({{DefaultTag}}, NULL, 'default', TRUE);
            INSERT INTO users (id, email) VALUES ('{{NewMember}}', 'new-member@example.com');
            {{A.SeedSql(SmtpIp)}}
            {{B.SeedSql(SmtpIp)}}
            """);
    }
}
