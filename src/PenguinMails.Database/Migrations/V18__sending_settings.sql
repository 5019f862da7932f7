-- How a campaign and a mailbox send (docs/schema-deviations.md, "Sending settings (V18)").

-- ---------------------------------------------------------------- the campaign's window, caps and stop rules
-- The window is local time in the campaign's IANA zone on ISO weekdays (1 = Monday); end is exclusive, and an end
-- before the start spans midnight. A NULL cap is no cap of the campaign's own (the senders' caps still hold).
ALTER TABLE campaigns ADD COLUMN schedule_timezone VARCHAR(64) NOT NULL DEFAULT 'UTC';
ALTER TABLE campaigns ADD COLUMN schedule_days SMALLINT[] NOT NULL DEFAULT '{1,2,3,4,5}'
    CONSTRAINT campaigns_schedule_days_known CHECK (cardinality(schedule_days) BETWEEN 1 AND 7 AND schedule_days <@ '{1,2,3,4,5,6,7}');
ALTER TABLE campaigns ADD COLUMN schedule_start TIME NOT NULL DEFAULT '09:00';
ALTER TABLE campaigns ADD COLUMN schedule_end TIME NOT NULL DEFAULT '17:00'
    CONSTRAINT campaigns_schedule_window_not_empty CHECK (schedule_end <> schedule_start);
ALTER TABLE campaigns ADD COLUMN daily_limit INTEGER CONSTRAINT campaigns_daily_limit_positive CHECK (daily_limit > 0);
ALTER TABLE campaigns ADD COLUMN daily_new_leads INTEGER CONSTRAINT campaigns_daily_new_leads_positive CHECK (daily_new_leads > 0);
ALTER TABLE campaigns ADD COLUMN stop_on_reply BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE campaigns ADD COLUMN stop_on_auto_reply BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE campaigns ADD COLUMN stop_for_company BOOLEAN NOT NULL DEFAULT FALSE;

-- The mailboxes a campaign rotates through; a step's own email_account_id, when set, wins.
CREATE TABLE campaign_senders (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    campaign_id UUID NOT NULL,
    email_account_id UUID NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (campaign_id, email_account_id),
    CONSTRAINT campaign_senders_campaign_same_tenant_fkey
        FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns(tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT campaign_senders_email_account_same_tenant_fkey
        FOREIGN KEY (tenant_id, email_account_id) REFERENCES email_accounts(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_campaign_senders_email_account ON campaign_senders (tenant_id, email_account_id);

ALTER TABLE campaign_senders ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign_senders FORCE ROW LEVEL SECURITY;
CREATE POLICY campaign_senders_tenant_isolation ON campaign_senders FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON campaign_senders TO penguinmails_app, penguinmails_platform;

-- ---------------------------------------------------------------- the mailbox's cap and pace
-- daily_limit NULL takes the platform's default (Deliverability:DailySendCap). Two sends of a mailbox are at least
-- min_gap_seconds apart, plus up to random_gap_seconds more, so its pace does not look machine-made.
ALTER TABLE email_accounts ADD COLUMN daily_limit INTEGER CONSTRAINT email_accounts_daily_limit_positive CHECK (daily_limit > 0);
ALTER TABLE email_accounts ADD COLUMN min_gap_seconds INTEGER NOT NULL DEFAULT 60
    CONSTRAINT email_accounts_min_gap_range CHECK (min_gap_seconds BETWEEN 0 AND 86400);
ALTER TABLE email_accounts ADD COLUMN random_gap_seconds INTEGER NOT NULL DEFAULT 30
    CONSTRAINT email_accounts_random_gap_range CHECK (random_gap_seconds BETWEEN 0 AND 86400);
