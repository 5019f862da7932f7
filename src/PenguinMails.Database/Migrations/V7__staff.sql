-- Staff and platform configuration (docs/schema-deviations.md, "Staff (V7)").

-- Roles made by staff get their ids from a sequence; the reference roles keep 1 and 2.
CREATE SEQUENCE staff_roles_id_seq START 100 OWNED BY staff_roles.id;
ALTER TABLE staff_roles ALTER COLUMN id SET DEFAULT nextval('staff_roles_id_seq');
GRANT USAGE ON SEQUENCE staff_roles_id_seq TO penguinmails_app, penguinmails_platform;

-- Feature-flag keys are lower-case words joined by dots and underscores; roll-outs are percentages.
ALTER TABLE feature_flags ADD CONSTRAINT feature_flags_key_format CHECK (key ~ '^[a-z0-9]+([._][a-z0-9]+)*$');
ALTER TABLE feature_flags ADD CONSTRAINT feature_flags_rollout_percentage_range CHECK (rollout_percentage BETWEEN 0 AND 100);

-- Keyset pages of every tenant for support (GET /api/v1/admin/tenants).
CREATE INDEX idx_tenants_created ON tenants (created, id);
