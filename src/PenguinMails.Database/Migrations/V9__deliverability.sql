-- Deliverability: the secret store, domain and e-mail account rules, DNS re-check scheduling and staff access
-- to sending infrastructure (docs/schema-deviations.md, "Deliverability (V9)").

-- ---------------------------------------------------------------- secret store
-- Secrets (DKIM private keys, mailbox passwords) live here and nowhere else, as ASP.NET Core Data Protection
-- payloads bound to their tenant and path. Rows elsewhere keep only the reference, secret://<path>.
CREATE TABLE secrets (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    path VARCHAR(300) NOT NULL,
    ciphertext TEXT NOT NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    PRIMARY KEY (tenant_id, path)
);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE secrets FORCE ROW LEVEL SECURITY;
CREATE POLICY secrets_tenant_isolation ON secrets FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON secrets TO penguinmails_app, penguinmails_platform;

-- The Data Protection key ring. Each key's XML is itself encrypted with the master key from configuration
-- (Secrets:MasterKey), so a copy of the database alone opens nothing. Keys are added, never changed.
CREATE TABLE data_protection_keys (
    friendly_name TEXT PRIMARY KEY,
    xml TEXT NOT NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
GRANT SELECT, INSERT ON data_protection_keys TO penguinmails_app, penguinmails_platform;

-- A deleted domain or account takes its secrets with it, whichever way it was deleted (a company's deletion
-- cascades to its domains and their accounts).
CREATE FUNCTION delete_owned_secrets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM secrets WHERE tenant_id = OLD.tenant_id AND path LIKE TG_ARGV[0] || OLD.id || '/%';
    RETURN OLD;
END
$$;

-- ---------------------------------------------------------------- domains
-- Names are stored lower-case, in their ASCII (punycode) form; a tenant adds a name once.
ALTER TABLE domains ADD CONSTRAINT domains_domain_lower CHECK (domain = lower(domain) AND length(domain) BETWEEN 1 AND 253);
CREATE UNIQUE INDEX ux_domains_tenant_domain ON domains (tenant_id, domain);
CREATE UNIQUE INDEX ux_domains_company_primary ON domains (company_id) WHERE is_primary;
ALTER TABLE domains ADD CONSTRAINT domains_verification_status_known
    CHECK (verification_status IN ('pending', 'verified', 'failed'));
ALTER TABLE domains ADD CONSTRAINT domains_dns_verification_attempts_non_negative CHECK (dns_verification_attempts >= 0);
CREATE INDEX idx_domains_tenant_created ON domains (tenant_id, created, id);

-- When the background checker next looks the domain's records up (growing back-off while pending or failed,
-- hourly once verified).
ALTER TABLE domains ADD COLUMN dns_next_check_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX idx_domains_dns_next_check ON domains (dns_next_check_at) WHERE dns_next_check_at IS NOT NULL;

CREATE TRIGGER domains_delete_secrets AFTER DELETE ON domains
    FOR EACH ROW EXECUTE FUNCTION delete_owned_secrets('dkim/');

-- ---------------------------------------------------------------- email accounts
-- daily_count counts the sends of daily_count_on (a UTC date); another day's count reads as zero.
ALTER TABLE email_accounts ADD COLUMN daily_count_on DATE;
ALTER TABLE email_accounts ADD CONSTRAINT email_accounts_daily_count_non_negative CHECK (daily_count >= 0);
ALTER TABLE email_accounts ADD CONSTRAINT email_accounts_status_known
    CHECK (status IN ('active', 'paused', 'disabled', 'warming'));
ALTER TABLE email_accounts ADD CONSTRAINT email_accounts_provider_known
    CHECK (provider IN ('mailu', 'smtp', 'google', 'microsoft'));
CREATE UNIQUE INDEX ux_email_accounts_tenant_email ON email_accounts (tenant_id, lower(email));
CREATE INDEX idx_email_accounts_tenant_created ON email_accounts (tenant_id, created, id);

CREATE TRIGGER email_accounts_delete_secrets AFTER DELETE ON email_accounts
    FOR EACH ROW EXECUTE FUNCTION delete_owned_secrets('email-accounts/');

-- ---------------------------------------------------------------- sending infrastructure
CREATE UNIQUE INDEX ux_smtp_ip_addresses_ip ON smtp_ip_addresses (ip_address);
ALTER TABLE smtp_ip_addresses ADD CONSTRAINT smtp_ip_addresses_assigned_count_non_negative CHECK (assigned_count >= 0);
ALTER TABLE vps_instances ADD CONSTRAINT vps_instances_billing_day_range CHECK (hostwinds_billing_day BETWEEN 1 AND 31);
ALTER TABLE vps_instances ADD CONSTRAINT vps_instances_costs_non_negative CHECK (monthly_cost >= 0 AND approximate_cost >= 0);
ALTER TABLE smtp_ip_addresses ADD CONSTRAINT smtp_ip_addresses_cost_non_negative CHECK (approximate_cost >= 0);
CREATE INDEX idx_vps_instances_created ON vps_instances (created, id);
CREATE INDEX idx_smtp_ip_addresses_vps ON smtp_ip_addresses (vps_instance_id);
CREATE INDEX idx_domain_ip_assignments_ip ON domain_ip_assignments (smtp_ip_address_id);
CREATE INDEX idx_domain_ip_assignments_created ON domain_ip_assignments (created, id);

-- The application counts an IP's live assignments as it assigns and expires them; an assignment deleted with
-- its domain (or the domain's company or tenant) gives its place back here.
CREATE FUNCTION release_deleted_assignment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IS DISTINCT FROM 'expired' THEN
        UPDATE smtp_ip_addresses SET assigned_count = greatest(assigned_count - 1, 0), updated = now()
        WHERE id = OLD.smtp_ip_address_id;
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER domain_ip_assignments_release_ip AFTER DELETE ON domain_ip_assignments
    FOR EACH ROW EXECUTE FUNCTION release_deleted_assignment();

-- Staff manage IP assignments across tenants through the API's role: a staff member acting outside any
-- tenant reads every tenant's domains and manages their assignments. Inside a tenant (a staff member who
-- is also a member) only the tenant policies apply. Which staff may do so is the application's check
-- (permission infrastructure.manage); this policy only keeps every other caller out.
CREATE FUNCTION app_caller_is_staff() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT NULLIF(current_setting('app.current_tenant_id', true), '') IS NULL
       AND EXISTS (SELECT 1 FROM staff_members
                   WHERE user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid)
$$;
CREATE POLICY domains_staff_read ON domains FOR SELECT USING (app_caller_is_staff());
CREATE POLICY domain_ip_assignments_staff ON domain_ip_assignments FOR ALL
    USING (app_caller_is_staff()) WITH CHECK (app_caller_is_staff());
