-- Tenant isolation beyond the guide (docs/schema-deviations.md lists every item):
--   1. tenant_id on every tenant-owned table, following the guide's "denormalized tenant_id".
--   2. The ER diagram's tenant_id -> tenants foreign keys that the guide's SQL leaves out.
--   3. Composite foreign keys (tenant_id, x_id) -> parent(tenant_id, id): a row of one tenant
--      can never reference a row of another, even though FK checks run without RLS.
--   4. RLS enabled and FORCEd on all 19 tenant-owned tables, failing closed: with no tenant
--      set, NULLIF(...)::uuid is NULL and no row matches (no error, no other tenant's rows).

-- ---------------------------------------------------------------- 1. tenant_id where the guide has none
ALTER TABLE folders                 ADD COLUMN tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE template_folders        ADD COLUMN tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE campaign_sequence_steps ADD COLUMN tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE subscription_addons     ADD COLUMN tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE payments                ADD COLUMN tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE domain_ip_assignments   ADD COLUMN tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE;

-- ---------------------------------------------------------------- 2. the ER diagram's tenant foreign keys
ALTER TABLE domains        ADD CONSTRAINT domains_tenant_id_fkey        FOREIGN KEY (tenant_id) REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE email_accounts ADD CONSTRAINT email_accounts_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE leads          ADD CONSTRAINT leads_tenant_id_fkey          FOREIGN KEY (tenant_id) REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE templates      ADD CONSTRAINT templates_tenant_id_fkey      FOREIGN KEY (tenant_id) REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE campaigns      ADD CONSTRAINT campaigns_tenant_id_fkey      FOREIGN KEY (tenant_id) REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE tags           ADD CONSTRAINT tags_tenant_id_fkey           FOREIGN KEY (tenant_id) REFERENCES tenants(id) ON DELETE CASCADE;
ALTER TABLE template_tags  ADD CONSTRAINT template_tags_tenant_id_fkey  FOREIGN KEY (tenant_id) REFERENCES tenants(id) ON DELETE CASCADE;

-- ---------------------------------------------------------------- 3. composite keys closing the FK side channel
-- Parents: (tenant_id, id) unique, which also gives each a tenant-leading index.
ALTER TABLE companies      ADD CONSTRAINT companies_tenant_id_id_key      UNIQUE (tenant_id, id);
ALTER TABLE domains        ADD CONSTRAINT domains_tenant_id_id_key        UNIQUE (tenant_id, id);
ALTER TABLE email_accounts ADD CONSTRAINT email_accounts_tenant_id_id_key UNIQUE (tenant_id, id);
ALTER TABLE templates      ADD CONSTRAINT templates_tenant_id_id_key      UNIQUE (tenant_id, id);
ALTER TABLE folders        ADD CONSTRAINT folders_tenant_id_id_key        UNIQUE (tenant_id, id);
ALTER TABLE campaigns      ADD CONSTRAINT campaigns_tenant_id_id_key      UNIQUE (tenant_id, id);
ALTER TABLE subscriptions  ADD CONSTRAINT subscriptions_tenant_id_id_key  UNIQUE (tenant_id, id);

-- Children: the guide's single-column keys stay (with their ON DELETE); these add the tenant.
ALTER TABLE domains ADD CONSTRAINT domains_company_same_tenant_fkey
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies(tenant_id, id) ON DELETE CASCADE;
ALTER TABLE email_accounts ADD CONSTRAINT email_accounts_domain_same_tenant_fkey
    FOREIGN KEY (tenant_id, domain_id) REFERENCES domains(tenant_id, id) ON DELETE CASCADE;
ALTER TABLE template_folders ADD CONSTRAINT template_folders_template_same_tenant_fkey
    FOREIGN KEY (tenant_id, template_id) REFERENCES templates(tenant_id, id) ON DELETE CASCADE;
ALTER TABLE template_folders ADD CONSTRAINT template_folders_folder_same_tenant_fkey
    FOREIGN KEY (tenant_id, folder_id) REFERENCES folders(tenant_id, id) ON DELETE CASCADE;
ALTER TABLE template_tags ADD CONSTRAINT template_tags_template_same_tenant_fkey
    FOREIGN KEY (tenant_id, template_id) REFERENCES templates(tenant_id, id) ON DELETE CASCADE;
ALTER TABLE campaigns ADD CONSTRAINT campaigns_company_same_tenant_fkey
    FOREIGN KEY (tenant_id, company_id) REFERENCES companies(tenant_id, id) ON DELETE CASCADE;
ALTER TABLE campaign_sequence_steps ADD CONSTRAINT campaign_sequence_steps_campaign_same_tenant_fkey
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns(tenant_id, id) ON DELETE CASCADE;
ALTER TABLE campaign_sequence_steps ADD CONSTRAINT campaign_sequence_steps_email_account_same_tenant_fkey
    FOREIGN KEY (tenant_id, email_account_id) REFERENCES email_accounts(tenant_id, id);
ALTER TABLE campaign_sequence_steps ADD CONSTRAINT campaign_sequence_steps_template_same_tenant_fkey
    FOREIGN KEY (tenant_id, template_id) REFERENCES templates(tenant_id, id);
ALTER TABLE subscription_addons ADD CONSTRAINT subscription_addons_subscription_same_tenant_fkey
    FOREIGN KEY (tenant_id, subscription_id) REFERENCES subscriptions(tenant_id, id) ON DELETE CASCADE;
ALTER TABLE payments ADD CONSTRAINT payments_subscription_same_tenant_fkey
    FOREIGN KEY (tenant_id, subscription_id) REFERENCES subscriptions(tenant_id, id) ON DELETE CASCADE;
ALTER TABLE domain_ip_assignments ADD CONSTRAINT domain_ip_assignments_domain_same_tenant_fkey
    FOREIGN KEY (tenant_id, domain_id) REFERENCES domains(tenant_id, id) ON DELETE CASCADE;

-- A template may carry its own tenant's tags or the shared defaults (tenant_id IS NULL). A composite
-- key cannot say "same tenant or none", so a constraint trigger does.
CREATE FUNCTION template_tags_tag_same_tenant() RETURNS trigger
LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM tags t
                   WHERE t.id = NEW.tag_id AND (t.tenant_id IS NULL OR t.tenant_id = NEW.tenant_id)) THEN
        RAISE EXCEPTION 'tag % is not available to tenant %', NEW.tag_id, NEW.tenant_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'template_tags_tag_same_tenant';
    END IF;
    RETURN NEW;
END
$$;
CREATE CONSTRAINT TRIGGER template_tags_tag_same_tenant
    AFTER INSERT OR UPDATE OF tag_id, tenant_id ON template_tags
    FOR EACH ROW EXECUTE FUNCTION template_tags_tag_same_tenant();

-- Tenant-leading indexes for the policies and the application's own tenant predicates.
CREATE INDEX idx_tags_tenant ON tags(tenant_id);
CREATE INDEX idx_template_folders_tenant_template ON template_folders(tenant_id, template_id);
CREATE INDEX idx_template_tags_tenant_template ON template_tags(tenant_id, template_id);
CREATE INDEX idx_campaign_sequence_steps_tenant_campaign ON campaign_sequence_steps(tenant_id, campaign_id, step_order);
CREATE INDEX idx_subscription_addons_tenant_subscription ON subscription_addons(tenant_id, subscription_id);
CREATE INDEX idx_payments_tenant_subscription ON payments(tenant_id, subscription_id);
CREATE INDEX idx_domain_ip_assignments_tenant_domain ON domain_ip_assignments(tenant_id, domain_id);
CREATE INDEX idx_user_preferences_user ON user_preferences(user_id);

-- ---------------------------------------------------------------- 4. row-level security, forced, failing closed
ALTER TABLE campaigns               ENABLE ROW LEVEL SECURITY;
ALTER TABLE leads                   ENABLE ROW LEVEL SECURITY;
ALTER TABLE domains                 ENABLE ROW LEVEL SECURITY;
ALTER TABLE email_accounts          ENABLE ROW LEVEL SECURITY;
ALTER TABLE templates               ENABLE ROW LEVEL SECURITY;
ALTER TABLE companies               ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_preferences        ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_config           ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_policies         ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_users            ENABLE ROW LEVEL SECURITY;
ALTER TABLE tags                    ENABLE ROW LEVEL SECURITY;
ALTER TABLE template_tags           ENABLE ROW LEVEL SECURITY;
ALTER TABLE folders                 ENABLE ROW LEVEL SECURITY;
ALTER TABLE template_folders        ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign_sequence_steps ENABLE ROW LEVEL SECURITY;
ALTER TABLE subscriptions           ENABLE ROW LEVEL SECURITY;
ALTER TABLE subscription_addons     ENABLE ROW LEVEL SECURITY;
ALTER TABLE payments                ENABLE ROW LEVEL SECURITY;
ALTER TABLE domain_ip_assignments   ENABLE ROW LEVEL SECURITY;

-- FORCE: the owner role obeys the policies too; only BYPASSRLS (the platform role) skips them.
ALTER TABLE campaigns               FORCE ROW LEVEL SECURITY;
ALTER TABLE leads                   FORCE ROW LEVEL SECURITY;
ALTER TABLE domains                 FORCE ROW LEVEL SECURITY;
ALTER TABLE email_accounts          FORCE ROW LEVEL SECURITY;
ALTER TABLE templates               FORCE ROW LEVEL SECURITY;
ALTER TABLE companies               FORCE ROW LEVEL SECURITY;
ALTER TABLE user_preferences        FORCE ROW LEVEL SECURITY;
ALTER TABLE tenant_config           FORCE ROW LEVEL SECURITY;
ALTER TABLE tenant_policies         FORCE ROW LEVEL SECURITY;
ALTER TABLE tenant_users            FORCE ROW LEVEL SECURITY;
ALTER TABLE tags                    FORCE ROW LEVEL SECURITY;
ALTER TABLE template_tags           FORCE ROW LEVEL SECURITY;
ALTER TABLE folders                 FORCE ROW LEVEL SECURITY;
ALTER TABLE template_folders        FORCE ROW LEVEL SECURITY;
ALTER TABLE campaign_sequence_steps FORCE ROW LEVEL SECURITY;
ALTER TABLE subscriptions           FORCE ROW LEVEL SECURITY;
ALTER TABLE subscription_addons     FORCE ROW LEVEL SECURITY;
ALTER TABLE payments                FORCE ROW LEVEL SECURITY;
ALTER TABLE domain_ip_assignments   FORCE ROW LEVEL SECURITY;

-- The guide's nine policies, under its names, in the fail-closed spelling.
CREATE POLICY campaigns_tenant_isolation ON campaigns FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY leads_tenant_isolation ON leads FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY domains_tenant_isolation ON domains FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY email_accounts_tenant_isolation ON email_accounts FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY templates_tenant_isolation ON templates FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY companies_tenant_isolation ON companies FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY user_preferences_isolation ON user_preferences FOR ALL
    USING      (user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid)
    WITH CHECK (user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_config_isolation ON tenant_config FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY tenant_policies_isolation ON tenant_policies FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);

-- The ten tenant-owned tables the guide leaves without a policy.
CREATE POLICY tenant_users_tenant_isolation ON tenant_users FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY tags_tenant_isolation ON tags FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
-- Platform default tags: readable by any tenant (but not without one), writable by none.
CREATE POLICY tags_shared_defaults_read ON tags FOR SELECT
    USING (tenant_id IS NULL AND NULLIF(current_setting('app.current_tenant_id', true), '') IS NOT NULL);
CREATE POLICY template_tags_tenant_isolation ON template_tags FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY folders_tenant_isolation ON folders FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY template_folders_tenant_isolation ON template_folders FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY campaign_sequence_steps_tenant_isolation ON campaign_sequence_steps FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY subscriptions_tenant_isolation ON subscriptions FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY subscription_addons_tenant_isolation ON subscription_addons FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY payments_tenant_isolation ON payments FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY domain_ip_assignments_tenant_isolation ON domain_ip_assignments FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);

-- Sets the request's context for the current transaction only (set_config's is_local = true), so
-- nothing survives on a pooled connection, PgBouncer's transaction mode included. A procedure,
-- not a SELECT, so that prepending it to a query adds no result set. No SET clause: one would
-- undo these transaction-local settings when the procedure returns. set_config resolves to
-- pg_catalog, which is always searched first.
CREATE PROCEDURE set_app_context(p_tenant_id uuid, p_user_id uuid)
LANGUAGE sql AS $$
    SELECT set_config('app.current_tenant_id', COALESCE(p_tenant_id::text, ''), true),
           set_config('app.current_user_id',   COALESCE(p_user_id::text, ''), true);
$$;
