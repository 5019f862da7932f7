-- Idempotency-Key on POST (docs/schema-deviations.md, "Idempotency (V13)"): a key names one request for 24 hours,
-- within the tenant the request acts in or, for a signed-in user's requests outside any tenant, within that user;
-- a retry with the same request gets the stored answer, another request under the key a 409.
CREATE TABLE idempotency_keys (
    tenant_id UUID REFERENCES tenants(id) ON DELETE CASCADE,
    user_id UUID REFERENCES users(id) ON DELETE CASCADE,
    key VARCHAR(255) NOT NULL,
    request_hash BYTEA NOT NULL CHECK (length(request_hash) = 32),
    status INTEGER NOT NULL CHECK (status BETWEEN 200 AND 499),
    content_type TEXT,
    location TEXT,
    body BYTEA NOT NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    CONSTRAINT idempotency_keys_one_scope CHECK ((tenant_id IS NULL) <> (user_id IS NULL))
);
CREATE UNIQUE INDEX ux_idempotency_keys_tenant ON idempotency_keys (tenant_id, key) WHERE tenant_id IS NOT NULL;
CREATE UNIQUE INDEX ux_idempotency_keys_user ON idempotency_keys (user_id, key) WHERE user_id IS NOT NULL;
CREATE INDEX idx_idempotency_keys_tenant_created ON idempotency_keys (tenant_id, created) WHERE tenant_id IS NOT NULL;
CREATE INDEX idx_idempotency_keys_user_created ON idempotency_keys (user_id, created) WHERE user_id IS NOT NULL;
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY idempotency_keys_tenant_isolation ON idempotency_keys FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
CREATE POLICY idempotency_keys_user_isolation ON idempotency_keys FOR ALL
    USING      (tenant_id IS NULL AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid)
    WITH CHECK (tenant_id IS NULL AND user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_keys TO penguinmails_app, penguinmails_platform;
