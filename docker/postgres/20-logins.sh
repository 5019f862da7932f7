#!/bin/sh
# Runs once, on an empty data folder, after 10-roles.sql (src/PenguinMails.Database/Bootstrap/roles.sql) made the
# three roles: gives them the passwords from the compose secrets and creates the two databases the owner migrates (operational and content).
set -eu
secrets=${PENGUINMAILS_INIT_SECRETS:-/run/secrets} # build/check-docker.sh runs this script outside a container
password() { sed "s/'/''/g" "$secrets/$1"; }
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres --quiet <<SQL
ALTER ROLE penguinmails_owner PASSWORD '$(password owner_password)';
ALTER ROLE penguinmails_app PASSWORD '$(password app_password)';
ALTER ROLE penguinmails_platform PASSWORD '$(password platform_password)';
CREATE DATABASE penguinmails OWNER penguinmails_owner;
CREATE DATABASE penguinmails_content OWNER penguinmails_owner;
SQL
