using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Database;

/// <summary>
/// Every tenant-owned table, with how to find a tenant's seeded row, how to insert a new row for a tenant, and
/// (for tables that reference another tenant-owned table) how tenant a's row would point at tenant b's.
/// </summary>
public sealed record TenantTable(
    string Name,
    string ScopeColumn,
    Func<TenantSeed, string> Key,
    Func<TenantSeed, string> Insert,
    Func<TenantSeed, TenantSeed, string>? CrossReference = null)
{
    public Guid Scope(TenantSeed seed) => ScopeColumn == "user_id" ? seed.User : seed.Tenant;

    public override string ToString() => Name;

    public static readonly IReadOnlyList<TenantTable> All =
    [
        new("tenant_users", "tenant_id", t => $"tenant_id = '{t.Tenant}'",
            t => $"INSERT INTO tenant_users (tenant_id, user_id) VALUES ('{t.Tenant}', '{TwoTenantsFixture.NewMember}')"),
        new("user_preferences", "user_id", t => $"id = '{t.Preferences}'",
            t => $"INSERT INTO user_preferences (user_id) VALUES ('{t.User}')"),
        new("user_credentials", "user_id", t => $"user_id = '{t.User}'",
            t => $"INSERT INTO user_credentials (user_id, password_hash, password_length, password_has_uppercase, password_has_number, password_has_symbol) VALUES ('{t.User}', 'x', 8, FALSE, FALSE, FALSE)"),
        new("user_sessions", "user_id", t => $"id = '{t.Session}'",
            t => $"INSERT INTO user_sessions (id, user_id, expires) VALUES (gen_random_uuid(), '{t.User}', now() + interval '1 hour')"),
        new("tenant_invitations", "tenant_id", t => $"id = '{t.Invitation}'",
            t => $"INSERT INTO tenant_invitations (id, tenant_id, email, roles, expires) VALUES (gen_random_uuid(), '{t.Tenant}', 'another@example.com', ARRAY['member'], now() + interval '1 day')"),
        new("tenant_config", "tenant_id", t => $"tenant_id = '{t.Tenant}'",
            t => $"INSERT INTO tenant_config (tenant_id) VALUES ('{t.Tenant}')"),
        new("tenant_policies", "tenant_id", t => $"tenant_id = '{t.Tenant}'",
            t => $"INSERT INTO tenant_policies (tenant_id) VALUES ('{t.Tenant}')"),
        new("companies", "tenant_id", t => $"id = '{t.Company}'",
            t => $"INSERT INTO companies (tenant_id, name) VALUES ('{t.Tenant}', 'New company')"),
        new("domains", "tenant_id", t => $"id = '{t.Domain}'",
            t => $"INSERT INTO domains (tenant_id, company_id, domain) VALUES ('{t.Tenant}', '{t.Company}', 'new.example.com')",
            (a, b) => $"INSERT INTO domains (tenant_id, company_id, domain) VALUES ('{a.Tenant}', '{b.Company}', 'new.example.com')"),
        new("email_accounts", "tenant_id", t => $"id = '{t.EmailAccount}'",
            t => $"INSERT INTO email_accounts (tenant_id, domain_id, email) VALUES ('{t.Tenant}', '{t.Domain}', 'new@example.com')",
            (a, b) => $"INSERT INTO email_accounts (tenant_id, domain_id, email) VALUES ('{a.Tenant}', '{b.Domain}', 'new@example.com')"),
        new("leads", "tenant_id", t => $"id = '{t.Lead}'",
            t => $"INSERT INTO leads (tenant_id, email) VALUES ('{t.Tenant}', 'new-lead@example.org')"),
        new("templates", "tenant_id", t => $"id = '{t.Template}'",
            t => $"INSERT INTO templates (tenant_id, name) VALUES ('{t.Tenant}', 'New template')"),
        new("folders", "tenant_id", t => $"id = {t.Folder}",
            t => $"INSERT INTO folders (tenant_id, name) VALUES ('{t.Tenant}', 'New folder')"),
        new("template_folders", "tenant_id", t => $"id = {t.TemplateFolder}",
            t => $"""
                WITH folder AS (INSERT INTO folders (tenant_id, name) VALUES ('{t.Tenant}', 'Another folder') RETURNING id)
                INSERT INTO template_folders (tenant_id, template_id, folder_id) SELECT '{t.Tenant}', '{t.Template}', id FROM folder
                """,
            (a, b) => $"INSERT INTO template_folders (tenant_id, template_id, folder_id) VALUES ('{a.Tenant}', '{a.Template}', {b.Folder})"),
        new("tags", "tenant_id", t => $"id = {t.Tag}",
            t => $"INSERT INTO tags (tenant_id, value) VALUES ('{t.Tenant}', 'new-tag')"),
        new("template_tags", "tenant_id", t => $"id = {t.TemplateTag}",
            t => $"INSERT INTO template_tags (tenant_id, template_id, tag_id) VALUES ('{t.Tenant}', '{t.Template}', {TwoTenantsFixture.DefaultTag})",
            (a, b) => $"INSERT INTO template_tags (tenant_id, template_id, tag_id) VALUES ('{a.Tenant}', '{a.Template}', {b.Tag})"),
        new("campaigns", "tenant_id", t => $"id = '{t.Campaign}'",
            t => $"INSERT INTO campaigns (tenant_id, company_id, name, status) VALUES ('{t.Tenant}', '{t.Company}', 'New', 'draft')",
            (a, b) => $"INSERT INTO campaigns (tenant_id, company_id, name, status) VALUES ('{a.Tenant}', '{b.Company}', 'New', 'draft')"),
        new("campaign_sequence_steps", "tenant_id", t => $"id = '{t.Step}'",
            t => $"INSERT INTO campaign_sequence_steps (tenant_id, campaign_id, step_order, step_type) VALUES ('{t.Tenant}', '{t.Campaign}', 2, 'wait')",
            (a, b) => $"""
                INSERT INTO campaign_sequence_steps (tenant_id, campaign_id, step_order, step_type, email_account_id, template_id)
                VALUES ('{a.Tenant}', '{a.Campaign}', 2, 'email', '{b.EmailAccount}', '{a.Template}')
                """),
        new("campaign_leads", "tenant_id", t => $"id = '{t.Enrollment}'",
            t => $"""
                WITH lead AS (INSERT INTO leads (tenant_id, email) VALUES ('{t.Tenant}', 'enrolled-lead@example.org') RETURNING id)
                INSERT INTO campaign_leads (id, tenant_id, campaign_id, lead_id) SELECT gen_random_uuid(), '{t.Tenant}', '{t.Campaign}', id FROM lead
                """,
            (a, b) => $"INSERT INTO campaign_leads (id, tenant_id, campaign_id, lead_id) VALUES (gen_random_uuid(), '{a.Tenant}', '{a.Campaign}', '{b.Lead}')"),
        new("campaign_senders", "tenant_id", t => $"campaign_id = '{t.Campaign}'",
            t => $"""
                WITH account AS (INSERT INTO email_accounts (tenant_id, domain_id, email) VALUES ('{t.Tenant}', '{t.Domain}', 'second-sender@example.com') RETURNING id)
                INSERT INTO campaign_senders (tenant_id, campaign_id, email_account_id, position) SELECT '{t.Tenant}', '{t.Campaign}', id, 1 FROM account
                """,
            (a, b) => $"INSERT INTO campaign_senders (tenant_id, campaign_id, email_account_id, position) VALUES ('{a.Tenant}', '{a.Campaign}', '{b.EmailAccount}', 1)"),
        new("suppressions", "tenant_id", t => $"id = '{t.Suppression}'",
            t => $"INSERT INTO suppressions (id, tenant_id, value, kind, reason) VALUES (gen_random_uuid(), '{t.Tenant}', 'example.net', 'domain', 'manual')"),
        new("sending_usage", "tenant_id", t => $"tenant_id = '{t.Tenant}' AND month = '2026-12-01'",
            t => $"INSERT INTO sending_usage (tenant_id, month, sent) VALUES ('{t.Tenant}', '2026-11-01', 1)"),
        new("subscriptions", "tenant_id", t => $"id = '{t.Subscription}'",
            t => $"INSERT INTO subscriptions (tenant_id, plan_id, status) VALUES ('{t.Tenant}', (SELECT id FROM plans WHERE slug = 'pro'), 'canceled')"), // one current subscription per tenant: history rows only
        new("subscription_addons", "tenant_id", t => $"id = '{t.Addon}'",
            t => $"INSERT INTO subscription_addons (id, tenant_id, subscription_id, addon_type) VALUES ('new-{t.Key}', '{t.Tenant}', '{t.Subscription}', 'extra_users')",
            (a, b) => $"INSERT INTO subscription_addons (id, tenant_id, subscription_id, addon_type) VALUES ('new-x', '{a.Tenant}', '{b.Subscription}', 'extra_users')"),
        new("payments", "tenant_id", t => $"id = '{t.Payment}'",
            t => $"INSERT INTO payments (tenant_id, subscription_id, amount, status) VALUES ('{t.Tenant}', '{t.Subscription}', 5.00, 'pending')",
            (a, b) => $"INSERT INTO payments (tenant_id, subscription_id, amount, status) VALUES ('{a.Tenant}', '{b.Subscription}', 5.00, 'pending')"),
        new("domain_ip_assignments", "tenant_id", t => $"id = '{t.Assignment}'",
            t => $"INSERT INTO domain_ip_assignments (tenant_id, domain_id, smtp_ip_address_id, status) VALUES ('{t.Tenant}', '{t.Domain}', '{TwoTenantsFixture.SmtpIp}', 'warming')",
            (a, b) => $"INSERT INTO domain_ip_assignments (tenant_id, domain_id, smtp_ip_address_id, status) VALUES ('{a.Tenant}', '{b.Domain}', '{TwoTenantsFixture.SmtpIp}', 'warming')"),
        new("api_keys", "tenant_id", t => $"id = '{t.ApiKey}'",
            t => $"INSERT INTO api_keys (id, tenant_id, name, secret_hash, scopes) VALUES (gen_random_uuid(), '{t.Tenant}', 'New', sha256('y'), ARRAY['leads:write'])"),
        new("rate_limit_counters", "tenant_id", t => $"tenant_id = '{t.Tenant}' AND window_start = '2026-01-01T00:00:00Z'",
            t => $"INSERT INTO rate_limit_counters (tenant_id, window_start, count) VALUES ('{t.Tenant}', '2026-01-01T00:01:00Z', 1)"),
        new("idempotency_keys", "tenant_id", t => $"key = 'key-{t.Key}'",
            t => $"INSERT INTO idempotency_keys (tenant_id, key, request_hash, status, body) VALUES ('{t.Tenant}', 'another-{t.Key}', sha256('q'), 200, convert_to('{{}}', 'UTF8'))"),
        new("secrets", "tenant_id", t => $"path = '{t.SecretPath}'",
            t => $"INSERT INTO secrets (tenant_id, path, ciphertext) VALUES ('{t.Tenant}', 'email-accounts/{Guid.NewGuid()}/password', 'x')"),
    ];

    public static TheoryData<string> Names() => new(All.Select(t => t.Name));

    public static TheoryData<string> NamesWithCrossReferences() => new(All.Where(t => t.CrossReference is not null).Select(t => t.Name));

    public static TenantTable Named(string name) => All.Single(t => t.Name == name);
}
