-- The Content Database (schema guide: "Content DB", email_messages and email_content): the log of every e-mail
-- the engine sent, apart from the operational database so its volume never slows the queue (ADR 0030 says what
-- lives where and how the two stay consistent). The same three roles and the same isolation as the operational
-- database: tenant_id on every row, RLS FORCEd and failing closed, the request's context set by set_app_context.
-- There are no foreign keys to the operational tables (another database); the engine writes only ids it claimed.
DO $$
DECLARE
    missing text;
BEGIN
    SELECT string_agg(r, ', ') INTO missing
    FROM unnest(ARRAY['penguinmails_app', 'penguinmails_platform']) AS r
    WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r);
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'database roles missing: %', missing
            USING HINT = 'A superuser must run src/PenguinMails.Database/Bootstrap/roles.sql on this cluster first.';
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO penguinmails_app, penguinmails_platform;

-- As in the operational database: transaction-local, so nothing survives on a pooled connection.
CREATE PROCEDURE set_app_context(p_tenant_id uuid, p_user_id uuid)
LANGUAGE sql AS $$
    SELECT set_config('app.current_tenant_id', COALESCE(p_tenant_id::text, ''), true),
           set_config('app.current_user_id',   COALESCE(p_user_id::text, ''), true);
$$;
GRANT EXECUTE ON PROCEDURE set_app_context(uuid, uuid) TO penguinmails_app, penguinmails_platform;

-- One row per e-mail (a step sent to a lead): retries of a 4xx reuse the row and its Message-ID.
CREATE TABLE email_messages (
    id UUID PRIMARY KEY,
    tenant_id UUID NOT NULL,
    campaign_id UUID NOT NULL,
    step_id UUID NOT NULL,
    step_order INTEGER NOT NULL,
    lead_id UUID NOT NULL,
    enrollment_id UUID NOT NULL,
    email_account_id UUID NOT NULL,
    message_id VARCHAR(255) COLLATE "C" NOT NULL UNIQUE,
    from_address VARCHAR(255) NOT NULL,
    to_address VARCHAR(255) NOT NULL,
    status VARCHAR(20) NOT NULL
        CHECK (status IN ('sending', 'sent', 'deferred', 'bounced', 'failed', 'unknown', 'not_sent')),
    attempts INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    smtp_reply TEXT,
    smtp_status INTEGER,
    queued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE,
    updated TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_email_messages_lead ON email_messages (tenant_id, lead_id, queued_at);
CREATE INDEX idx_email_messages_campaign ON email_messages (tenant_id, campaign_id, queued_at);

-- The rendered e-mail, kept apart from its status row: bodies are the bulk, and most reads need only the status.
CREATE TABLE email_content (
    email_message_id UUID PRIMARY KEY REFERENCES email_messages(id) ON DELETE CASCADE,
    tenant_id UUID NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    headers JSONB NOT NULL
);

ALTER TABLE email_messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE email_messages FORCE ROW LEVEL SECURITY;
ALTER TABLE email_content  ENABLE ROW LEVEL SECURITY;
ALTER TABLE email_content  FORCE ROW LEVEL SECURITY;
CREATE POLICY email_messages_tenant_isolation ON email_messages FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY email_content_tenant_isolation ON email_content FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);

-- The API reads its tenant's log; only the engine (platform role) writes it.
GRANT SELECT ON email_messages, email_content TO penguinmails_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON email_messages, email_content TO penguinmails_platform;
GRANT SELECT ON schema_migrations TO penguinmails_app, penguinmails_platform;
