-- The Identity module stands on its own (docs/schema-deviations.md, "Identity (V4)"): the guide left
-- sign-in to an outside service, so credentials, sessions and invitations are added here, and the policies
-- that let a signed-in user see their own memberships across tenants.

-- ---------------------------------------------------------------- accounts
-- Addresses are stored trimmed and lower-cased; the index makes "one account per address" hold regardless.
CREATE UNIQUE INDEX ux_users_email ON users (lower(email));

-- One row per account that can sign in. The password is kept only as a salted slow hash (ASP.NET Core's
-- PasswordHasher: PBKDF2-HMAC-SHA512). Its shape (length, character classes) is kept so that a tenant's
-- password rules can be checked against a member who joined later, or after the rules changed.
CREATE TABLE user_credentials (
    user_id UUID PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    password_hash TEXT NOT NULL,
    password_length INTEGER NOT NULL CHECK (password_length > 0),
    password_has_uppercase BOOLEAN NOT NULL,
    password_has_number BOOLEAN NOT NULL,
    password_has_symbol BOOLEAN NOT NULL,
    password_changed TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    failed_login_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_login_attempts >= 0),
    locked_until TIMESTAMP WITH TIME ZONE,
    totp_secret TEXT,                              -- encrypted with Identity:DataProtectionKey, never plain
    totp_enabled TIMESTAMP WITH TIME ZONE,         -- NULL: not enrolled (totp_secret may hold a pending enrollment)
    created TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

-- One row per issued access token (its jti): what logout revokes and what every request checks.
CREATE TABLE user_sessions (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    expires TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked TIMESTAMP WITH TIME ZONE,
    two_factor_verified BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX idx_user_sessions_user ON user_sessions (user_id) WHERE revoked IS NULL;

-- ---------------------------------------------------------------- invitations
-- An address without an account is invited; the invitee accepts by choosing a password. An accepted
-- invitation waits for approval unless the tenant's policy approves members automatically.
CREATE TABLE tenant_invitations (
    id UUID PRIMARY KEY,
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    roles TEXT[] NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'awaiting_approval', 'accepted', 'revoked')),
    invited_by UUID REFERENCES users(id) ON DELETE SET NULL,
    user_id UUID REFERENCES users(id) ON DELETE CASCADE,
    expires TIMESTAMP WITH TIME ZONE NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE UNIQUE INDEX ux_tenant_invitations_open_email ON tenant_invitations (tenant_id, lower(email))
    WHERE status IN ('pending', 'awaiting_approval');
CREATE INDEX idx_tenant_invitations_tenant_created ON tenant_invitations (tenant_id, created, id);

-- A member's roles are a set drawn from the documented three.
ALTER TABLE tenant_users ADD CONSTRAINT tenant_users_roles_known
    CHECK (roles <@ ARRAY['owner', 'admin', 'member']::text[]);
CREATE INDEX idx_tenant_users_tenant_created ON tenant_users (tenant_id, created, user_id);

-- ---------------------------------------------------------------- row-level security
ALTER TABLE user_credentials   ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_sessions      ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_credentials   FORCE ROW LEVEL SECURITY;
ALTER TABLE user_sessions      FORCE ROW LEVEL SECURITY;
ALTER TABLE tenant_invitations FORCE ROW LEVEL SECURITY;

CREATE POLICY user_credentials_isolation ON user_credentials FOR ALL
    USING      (user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid)
    WITH CHECK (user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY user_sessions_isolation ON user_sessions FOR ALL
    USING      (user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid)
    WITH CHECK (user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_invitations_tenant_isolation ON tenant_invitations FOR ALL
    USING      (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.current_tenant_id', true), '')::uuid);

-- A user reads their own memberships in every tenant (sign-in, GET /me) and the policies of the tenants
-- they belong to (lock-out threshold, token lifetime): read-only, and only their own.
CREATE POLICY tenant_users_self_read ON tenant_users FOR SELECT
    USING (user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid);
CREATE POLICY tenant_policies_member_read ON tenant_policies FOR SELECT
    USING (EXISTS (SELECT 1 FROM tenant_users tu
                   WHERE tu.tenant_id = tenant_policies.tenant_id
                     AND tu.user_id = NULLIF(current_setting('app.current_user_id', true), '')::uuid
                     AND tu.deleted IS NULL));

-- ---------------------------------------------------------------- grants
GRANT SELECT, INSERT, UPDATE, DELETE ON user_credentials, user_sessions, tenant_invitations
    TO penguinmails_app, penguinmails_platform;
