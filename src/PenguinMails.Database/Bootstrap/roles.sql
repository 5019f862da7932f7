-- Creates PenguinMails' three database roles. Run once per PostgreSQL cluster by a superuser
-- (the DBA, build/db.sh, or the test fixture). Idempotent. Passwords are never set here:
-- the DBA sets them (ALTER ROLE ... PASSWORD) from the deployment's secret store.
--   penguinmails_owner     owns the schema and runs migrations; obeys RLS (tables are FORCEd)
--   penguinmails_app       the API's login; owns nothing, NOBYPASSRLS, only the grants it needs
--   penguinmails_platform  staff operations that must cross tenants; BYPASSRLS, own connection string
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'penguinmails_owner') THEN
        CREATE ROLE penguinmails_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'penguinmails_app') THEN
        CREATE ROLE penguinmails_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'penguinmails_platform') THEN
        CREATE ROLE penguinmails_platform LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS NOREPLICATION NOINHERIT;
    END IF;
END
$$;
