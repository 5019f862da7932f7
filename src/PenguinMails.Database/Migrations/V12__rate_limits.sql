-- Per-tenant request counting for plans' api_rate_limit (docs/schema-deviations.md, "Rate limits (V12)").

-- One row per tenant and minute, shared by every API instance: the limit holds however many processes serve it.
-- A tenant's earlier minutes are deleted as the next one is counted.
CREATE TABLE rate_limit_counters (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (tenant_id, window_start)
);
ALTER TABLE rate_limit_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE rate_limit_counters FORCE ROW LEVEL SECURITY;
CREATE POLICY rate_limit_counters_tenant_isolation ON rate_limit_counters FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_counters TO penguinmails_app, penguinmails_platform;
