-- The three database roles and what each may touch (docs/adr/0005-three-database-roles.md).
-- A superuser running the migrations creates missing roles itself; any other migrating role
-- needs them created first by a superuser with src/PenguinMails.Database/Bootstrap/roles.sql.
DO $$
DECLARE
    missing text;
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'penguinmails_app') THEN
            CREATE ROLE penguinmails_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION NOINHERIT;
        END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'penguinmails_platform') THEN
            CREATE ROLE penguinmails_platform LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS NOREPLICATION NOINHERIT;
        END IF;
    END IF;
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

-- The API's role: reads and writes what the application manages, nothing more. No DELETE on
-- users and tenants (soft-deleted through their deleted column); permissions are reference data.
GRANT SELECT, INSERT, UPDATE ON users, tenants, plans TO penguinmails_app;
GRANT SELECT ON permissions TO penguinmails_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON
    tenant_users, companies, domains, email_accounts, leads, templates, folders, template_folders,
    tags, template_tags, campaigns, campaign_sequence_steps, subscriptions, subscription_addons,
    payments, vps_instances, smtp_ip_addresses, domain_ip_assignments, staff_members, staff_roles,
    staff_role_permissions, system_config, feature_flags, user_preferences, tenant_config,
    tenant_policies
TO penguinmails_app;

-- The platform role: staff operations and background jobs that must cross tenants.
GRANT SELECT, INSERT, UPDATE, DELETE ON
    users, tenants, tenant_users, companies, domains, email_accounts, leads, templates, folders,
    template_folders, tags, template_tags, campaigns, campaign_sequence_steps, plans, subscriptions,
    subscription_addons, payments, vps_instances, smtp_ip_addresses, domain_ip_assignments,
    staff_members, staff_roles, staff_role_permissions, permissions, system_config, feature_flags,
    user_preferences, tenant_config, tenant_policies
TO penguinmails_platform;

-- Identity columns of folders, template_folders, tags and template_tags.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO penguinmails_app, penguinmails_platform;

-- Readiness ("migrations current") reads the migration history.
GRANT SELECT ON schema_migrations TO penguinmails_app, penguinmails_platform;
