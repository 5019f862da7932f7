-- Programmatic access: tenant API keys (docs/schema-deviations.md, "API keys (V11)").

-- A key's secret is shown once, at creation; only its SHA-256 is kept (the secret is 256 random bits, so a fast hash
-- is enough: there is nothing to guess). Revoked keys stay, for the record.
CREATE TABLE api_keys (
    id UUID PRIMARY KEY,
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name VARCHAR(100) NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    secret_hash BYTEA NOT NULL CHECK (length(secret_hash) = 32),
    scopes TEXT[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY[
        'leads:read', 'leads:write', 'campaigns:read', 'campaigns:write',
        'templates:read', 'templates:write', 'domains:read', 'domains:write']::text[]),
    expires TIMESTAMP WITH TIME ZONE,
    last_used TIMESTAMP WITH TIME ZONE,
    revoked TIMESTAMP WITH TIME ZONE,
    created_by UUID REFERENCES users(id) ON DELETE SET NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_api_keys_tenant_created ON api_keys (tenant_id, created, id);

ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY api_keys_tenant_isolation ON api_keys FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);

-- A request carrying a key names its tenant only through the key: the resolver may read the one row whose id the
-- key carries (it then checks the secret), before any tenant is set.
CREATE POLICY api_keys_lookup ON api_keys FOR SELECT
    USING (id = NULLIF(current_setting('app.api_key_id', true), '')::uuid);
CREATE PROCEDURE set_api_key_lookup(p_id uuid)
LANGUAGE sql AS $$
    SELECT set_config('app.api_key_id', COALESCE(p_id::text, ''), true);
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON api_keys TO penguinmails_app, penguinmails_platform;
