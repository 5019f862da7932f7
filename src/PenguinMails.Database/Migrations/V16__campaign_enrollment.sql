-- Leads in campaigns, and the tenant's suppression list (docs/schema-deviations.md, "Enrollment (V16)").

-- Children of leads name their tenant with the lead, as every tenant table does (V2's composite keys).
ALTER TABLE leads ADD CONSTRAINT leads_tenant_id_id_key UNIQUE (tenant_id, id);

-- ---------------------------------------------------------------- enrollments
-- One row per lead in a campaign: where the lead is in the sequence, when its next step is due and which mailbox
-- writes to it. A lead is in a campaign at most once. The row is also the sending engine's unit of work (ADR 0029).
CREATE TABLE campaign_leads (
    id UUID PRIMARY KEY,
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    campaign_id UUID NOT NULL,
    lead_id UUID NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'paused', 'completed', 'stopped', 'replied', 'bounced', 'unsubscribed', 'failed')),
    current_step INTEGER NOT NULL DEFAULT 1 CHECK (current_step >= 1),
    next_send_at TIMESTAMP WITH TIME ZONE,
    last_sent_at TIMESTAMP WITH TIME ZONE,
    email_account_id UUID,
    stop_reason VARCHAR(50),
    created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    CONSTRAINT campaign_leads_lead_once UNIQUE (campaign_id, lead_id),
    CONSTRAINT campaign_leads_campaign_same_tenant_fkey
        FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns(tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT campaign_leads_lead_same_tenant_fkey
        FOREIGN KEY (tenant_id, lead_id) REFERENCES leads(tenant_id, id) ON DELETE CASCADE,
    -- A removed mailbox frees its leads for another sender; the tenant stays.
    CONSTRAINT campaign_leads_email_account_same_tenant_fkey
        FOREIGN KEY (tenant_id, email_account_id) REFERENCES email_accounts(tenant_id, id) ON DELETE SET NULL (email_account_id)
);
CREATE INDEX idx_campaign_leads_campaign_created ON campaign_leads (tenant_id, campaign_id, created, id);
CREATE INDEX idx_campaign_leads_lead ON campaign_leads (tenant_id, lead_id);

-- ---------------------------------------------------------------- suppressions
-- Addresses and whole domains the tenant never writes to, whatever campaign asks: added by hand, by an unsubscribe
-- or by a hard bounce. Stored lower-cased; a domain is stored without the '@'.
CREATE TABLE suppressions (
    id UUID PRIMARY KEY,
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    value VARCHAR(255) COLLATE "C" NOT NULL CHECK (value = lower(btrim(value)) AND length(value) BETWEEN 3 AND 255),
    kind VARCHAR(10) NOT NULL CHECK (kind IN ('address', 'domain')),
    reason VARCHAR(20) NOT NULL CHECK (reason IN ('manual', 'unsubscribed', 'bounced')),
    created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    CONSTRAINT suppressions_value_once UNIQUE (tenant_id, value),
    CONSTRAINT suppressions_kind_matches CHECK ((kind = 'address') = (position('@' IN value) > 0))
);
CREATE INDEX idx_suppressions_tenant_created ON suppressions (tenant_id, created, id);

-- ---------------------------------------------------------------- row-level security
ALTER TABLE campaign_leads ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign_leads FORCE ROW LEVEL SECURITY;
ALTER TABLE suppressions   ENABLE ROW LEVEL SECURITY;
ALTER TABLE suppressions   FORCE ROW LEVEL SECURITY;
CREATE POLICY campaign_leads_tenant_isolation ON campaign_leads FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY suppressions_tenant_isolation ON suppressions FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);

GRANT SELECT, INSERT, UPDATE, DELETE ON campaign_leads, suppressions TO penguinmails_app, penguinmails_platform;
