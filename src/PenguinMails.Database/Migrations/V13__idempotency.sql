-- Idempotency-Key on POST (docs/schema-deviations.md, "Idempotency (V13)"): a tenant's key names one request for 24
-- hours; a retry with the same body gets the stored answer, another body a 409.
CREATE TABLE idempotency_keys (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    key VARCHAR(255) NOT NULL,
    request_hash BYTEA NOT NULL CHECK (length(request_hash) = 32),
    status INTEGER NOT NULL CHECK (status BETWEEN 200 AND 499),
    content_type TEXT,
    location TEXT,
    body BYTEA NOT NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX idx_idempotency_keys_created ON idempotency_keys (tenant_id, created);
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY idempotency_keys_tenant_isolation ON idempotency_keys FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_keys TO penguinmails_app, penguinmails_platform;
