-- The sending engine (issue 23, ADR 0029 and 0030). Each enrollment row is the unit of work: the engine claims due
-- rows with FOR UPDATE SKIP LOCKED under a lease, and the row carries the e-mail in flight (its Message-ID, fixed
-- at the first claim of a step and kept across 4xx retries), whether that attempt reached DATA, the thread it
-- continues, and the one outcome not yet written to the Content Database (the "log slot", ADR 0030).
ALTER TABLE campaign_leads ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
-- Each claim's own token: a late worker whose lease was taken over can no longer begin DATA or record an outcome.
ALTER TABLE campaign_leads ADD COLUMN lease_id UUID;
ALTER TABLE campaign_leads ADD COLUMN attempt_email_id UUID;
ALTER TABLE campaign_leads ADD COLUMN attempt_message_id VARCHAR(255) COLLATE "C";
ALTER TABLE campaign_leads ADD COLUMN attempt_data_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaign_leads ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0 CONSTRAINT campaign_leads_attempts_non_negative CHECK (attempts >= 0);
ALTER TABLE campaign_leads ADD COLUMN thread_message_id VARCHAR(255) COLLATE "C";
ALTER TABLE campaign_leads ADD COLUMN thread_subject TEXT;
ALTER TABLE campaign_leads ADD COLUMN last_message_id VARCHAR(255) COLLATE "C";
ALTER TABLE campaign_leads ADD COLUMN last_error TEXT;
ALTER TABLE campaign_leads ADD COLUMN log_email_id UUID;
ALTER TABLE campaign_leads ADD COLUMN log_status VARCHAR(20);
ALTER TABLE campaign_leads ADD COLUMN log_reply TEXT;
ALTER TABLE campaign_leads ADD COLUMN log_smtp_status INTEGER;
ALTER TABLE campaign_leads ADD COLUMN log_sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaign_leads ADD COLUMN log_at TIMESTAMP WITH TIME ZONE;
-- What condition steps read; the inbound-mail and tracking features record them.
ALTER TABLE campaign_leads ADD COLUMN replied_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaign_leads ADD COLUMN opened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaign_leads ADD COLUMN clicked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaign_leads ADD CONSTRAINT campaign_leads_log_slot_whole
    CHECK ((log_email_id IS NULL) = (log_status IS NULL) AND (log_email_id IS NULL) = (log_at IS NULL));
ALTER TABLE campaign_leads ADD CONSTRAINT campaign_leads_lease_whole CHECK ((lease_id IS NULL) = (lease_until IS NULL));
ALTER TABLE campaign_leads ADD CONSTRAINT campaign_leads_attempt_whole
    CHECK ((attempt_email_id IS NULL) = (attempt_message_id IS NULL));

-- Due work, follow-ups and first e-mails apart: the claim takes follow-ups first, each list in next_send_at order,
-- without sorting the whole table.
CREATE INDEX idx_campaign_leads_due_followups ON campaign_leads (next_send_at)
    WHERE status = 'active' AND last_sent_at IS NOT NULL;
CREATE INDEX idx_campaign_leads_due_new ON campaign_leads (next_send_at)
    WHERE status = 'active' AND last_sent_at IS NULL;
CREATE INDEX idx_campaign_leads_leased ON campaign_leads (lease_until) WHERE lease_until IS NOT NULL;
CREATE INDEX idx_campaign_leads_log_slot ON campaign_leads (log_at) WHERE log_email_id IS NOT NULL;

-- The campaign's own day (in its schedule's time zone): e-mails and first e-mails counted against its limits.
ALTER TABLE campaigns ADD COLUMN sent_today INTEGER NOT NULL DEFAULT 0 CONSTRAINT campaigns_sent_today_non_negative CHECK (sent_today >= 0);
ALTER TABLE campaigns ADD COLUMN new_leads_today INTEGER NOT NULL DEFAULT 0 CONSTRAINT campaigns_new_leads_today_non_negative CHECK (new_leads_today >= 0);
ALTER TABLE campaigns ADD COLUMN counted_on DATE;

-- An account's pace (no send before next_send_after: its minimum gap plus a random part) and its sending pause after
-- a connection or authentication failure, with what failed.
ALTER TABLE email_accounts ADD COLUMN next_send_after TIMESTAMP WITH TIME ZONE;
ALTER TABLE email_accounts ADD COLUMN sending_paused_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE email_accounts ADD COLUMN sending_error TEXT;
ALTER TABLE email_accounts ADD COLUMN sending_failures INTEGER NOT NULL DEFAULT 0
    CONSTRAINT email_accounts_sending_failures_non_negative CHECK (sending_failures >= 0);

-- E-mails each tenant sent per calendar month (UTC), reserved by the claim against its plan's max_emails_per_month and
-- read by GET /usage.
CREATE TABLE sending_usage (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    month DATE NOT NULL CHECK (extract(day FROM month) = 1),
    sent INTEGER NOT NULL DEFAULT 0 CHECK (sent >= 0),
    PRIMARY KEY (tenant_id, month)
);
ALTER TABLE sending_usage ENABLE ROW LEVEL SECURITY;
ALTER TABLE sending_usage FORCE ROW LEVEL SECURITY;
CREATE POLICY sending_usage_tenant_isolation ON sending_usage FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON sending_usage TO penguinmails_app, penguinmails_platform;
