#!/usr/bin/env python3
"""Generates each module's entity classes and EF Core configurations from the migration SQL.

Run once when a migration adds or changes a table's columns; the output is committed and then owned by
the module (behaviour is added by hand to the generated entities' partial classes). The SQL stays the
single source of truth for names, types, lengths and nullability, so the EF model cannot drift from it;
tests/PenguinMails.IntegrationTests' EF model test checks that it did not.
"""
import os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MIG = os.path.join(ROOT, "src/PenguinMails.Database/Migrations")

# table -> (module, class, aggregate root?). Tables whose aggregates are written by hand (issue 22, item 4) are no
# longer listed: campaigns, campaign_sequence_steps, staff_roles, staff_role_permissions.
TABLES = {
    "users": ("Identity", "User", True), "tenants": ("Identity", "Tenant", True),
    "tenant_users": ("Identity", "TenantUser", True), "user_preferences": ("Identity", "UserPreferences", True),
    "tenant_policies": ("Identity", "TenantPolicies", True),
    "companies": ("Workspace", "Company", True), "tenant_config": ("Workspace", "TenantConfig", True),
    "domains": ("Deliverability", "SendingDomain", True), "email_accounts": ("Deliverability", "EmailAccount", True),
    "vps_instances": ("Deliverability", "VpsInstance", True), "smtp_ip_addresses": ("Deliverability", "SmtpIpAddress", True),
    "domain_ip_assignments": ("Deliverability", "DomainIpAssignment", True),
    "leads": ("Campaigns", "Lead", True), "templates": ("Campaigns", "Template", True), "folders": ("Campaigns", "Folder", True),
    "template_folders": ("Campaigns", "TemplateFolder", False), "tags": ("Campaigns", "Tag", True),
    "template_tags": ("Campaigns", "TemplateTag", False),
    "plans": ("Billing", "Plan", True), "subscriptions": ("Billing", "Subscription", True),
    "subscription_addons": ("Billing", "SubscriptionAddon", True), "payments": ("Billing", "Payment", True),
    "staff_members": ("Staff", "StaffMember", True), "permissions": ("Staff", "Permission", True),
    "system_config": ("Staff", "SystemConfig", True), "feature_flags": ("Staff", "FeatureFlag", True),
}

# JSONB columns map to typed objects, declared in the module's Domain.
JSON_TYPES = {
    ("domains", "dns_records"): "DnsRecordSet",
    ("email_accounts", "imap_settings"): "MailServerSettings",
    ("email_accounts", "smtp_settings"): "MailServerSettings",
    ("smtp_ip_addresses", "provider_blacklist_status"): "Dictionary<string, BlacklistListing>",
    ("tenant_config", "billing_address"): "BillingAddress",
    ("system_config", "value"): "JsonElement",
}

# tenant_id columns the application always fills, though the guide leaves them nullable.
TENANT_REQUIRED = {"companies", "subscriptions"}


def pascal(name):
    return "".join(p[:1].upper() + p[1:] for p in name.split("_"))


def parse():
    tables = {}
    v1 = open(os.path.join(MIG, "V1__schema_guide_tables.sql")).read()
    for m in re.finditer(r"CREATE TABLE (\w+) \((.*?)\n\);", v1, re.S):
        name, body = m.group(1), m.group(2)
        cols, pk = [], []
        for line in body.split("\n"):
            line = re.sub(r"--.*", "", line).strip().rstrip(",")
            if not line:
                continue
            pkm = re.match(r"PRIMARY KEY \((.*)\)", line)
            if pkm:
                pk = [c.strip() for c in pkm.group(1).split(",")]
                continue
            if line.startswith("UNIQUE"):
                continue
            cm = re.match(r"(\w+) (TIMESTAMP WITH TIME ZONE|[A-Z]+(?:\(\d+(?:,\d+)?\))?(?:\[\])?)(.*)", line)
            col, typ, rest = cm.group(1), cm.group(2), cm.group(3)
            if "PRIMARY KEY" in rest:
                pk = [col]
            cols.append({"name": col, "type": typ, "notnull": "NOT NULL" in rest or "PRIMARY KEY" in rest,
                         "default": re.search(r"DEFAULT (\S+)", rest).group(1) if "DEFAULT" in rest else None,
                         "identity": "GENERATED ALWAYS AS IDENTITY" in rest})
        for col in cols:
            col["notnull"] = col["notnull"] or col["name"] in pk  # a table-level PRIMARY KEY implies NOT NULL
        tables[name] = {"cols": cols, "pk": pk}
    v2 = open(os.path.join(MIG, "V2__tenant_isolation.sql")).read()
    for m in re.finditer(r"ALTER TABLE (\w+)\s+ADD COLUMN tenant_id UUID NOT NULL", v2):
        tables[m.group(1)]["cols"].append({"name": "tenant_id", "type": "UUID", "notnull": True, "default": None, "identity": False})
    return tables


def clr(table, col):
    t = col["type"]
    if (table, col["name"]) in JSON_TYPES:
        base = JSON_TYPES[(table, col["name"])]
        return base + "?", True
    base = {"UUID": "Guid", "TEXT": "string", "INTEGER": "int", "BIGINT": "long", "BOOLEAN": "bool",
            "TIMESTAMP WITH TIME ZONE": "DateTimeOffset", "TEXT[]": "string[]"}.get(t)
    if base is None and t.startswith("VARCHAR"):
        base = "string"
    if base is None and t.startswith("DECIMAL"):
        base = "decimal"
    required = col["notnull"] or col["default"] is not None or (col["name"] == "tenant_id" and table in TENANT_REQUIRED)
    return (base if required else base + "?"), False


def entity_code(table, info, module, cls, aggregate):
    has_tenant = any(c["name"] == "tenant_id" and (c["notnull"] or table in TENANT_REQUIRED) for c in info["cols"])
    bases = ["Entity"] + (["IAggregateRoot"] if aggregate else []) + (["ITenantOwned"] if has_tenant else [])
    uses_json = any((table, c["name"]) in JSON_TYPES and JSON_TYPES[(table, c["name"])] == "JsonElement" for c in info["cols"])
    lines = ["// <auto-generated> by build/codegen/entities.py from the migration SQL; behaviour lives in the partial class beside it. </auto-generated>",
             "#nullable enable"]
    if uses_json:
        lines.append("using System.Text.Json;")
    lines += ["using PenguinMails.BuildingBlocks.Domain;", "", f"namespace PenguinMails.{module}.Domain;", "",
              f"/// <summary>A row of <c>{table}</c>.</summary>",
              f"public sealed partial class {cls} : {', '.join(bases)}", "{"]
    props = []
    for c in info["cols"]:
        t, _ = clr(table, c)
        init = " = default!;" if t in ("string", "string[]") else ""
        props.append(f"    public {t} {pascal(c['name'])} {{ get; private set; }}{init}")
    lines.append("\n\n".join(props))
    lines.append("}")
    return "\n".join(lines) + "\n"


def config_code(table, info, module, cls):
    lines = ["// <auto-generated> by build/codegen/entities.py from the migration SQL. </auto-generated>",
             "using Microsoft.EntityFrameworkCore;", "using Microsoft.EntityFrameworkCore.Metadata.Builders;",
             *(["using PenguinMails.BuildingBlocks.Infrastructure.Persistence;"] if any((table, c["name"]) in JSON_TYPES for c in info["cols"]) else []),
             f"using PenguinMails.{module}.Domain;", "",
             f"namespace PenguinMails.{module}.Infrastructure.Persistence.Configurations;", "",
             f"internal sealed class {cls}Configuration : IEntityTypeConfiguration<{cls}>", "{",
             f"    public void Configure(EntityTypeBuilder<{cls}> builder)", "    {",
             f"        builder.ToTable(\"{table}\");"]
    pk = info["pk"]
    if len(pk) == 1:
        lines.append(f"        builder.HasKey(e => e.{pascal(pk[0])});")
    else:
        lines.append("        builder.HasKey(e => new { " + ", ".join("e." + pascal(p) for p in pk) + " });")
    for c in info["cols"]:
        p = pascal(c["name"])
        t = c["type"]
        chain = []
        if c["identity"]:
            chain.append("UseIdentityAlwaysColumn()")
        m = re.match(r"VARCHAR\((\d+)\)", t)
        if m:
            chain.append(f"HasMaxLength({m.group(1)})")
        m = re.match(r"DECIMAL\((\d+),(\d+)\)", t)
        if m:
            chain.append(f"HasPrecision({m.group(1)}, {m.group(2)})")
        if (table, c["name"]) in JSON_TYPES:
            chain.append("IsJsonb()")
        if c["default"] == "NOW()":
            chain.append("HasDefaultValueSql(\"now()\")")
        if c["name"] == "id" and t == "UUID" and c["default"] is None and not c["identity"]:
            chain.append("ValueGeneratedNever()")
        if c["name"] == "id" and c["default"] == "gen_random_uuid()":
            chain.append("ValueGeneratedNever()")
        if chain:
            lines.append(f"        builder.Property(e => e.{p}).{'.'.join(chain)};")
    lines += ["    }", "}"]
    return "\n".join(lines) + "\n"


def main():
    tables = parse()
    missing = set(TABLES) ^ set(tables)
    if missing:
        sys.exit(f"tables not mapped or not in the SQL: {sorted(missing)}")
    for table, (module, cls, aggregate) in TABLES.items():
        info = tables[table]
        mod = os.path.join(ROOT, "src/Modules", module)
        dom = os.path.join(mod, f"PenguinMails.{module}.Domain", "Generated")
        cfg = os.path.join(mod, f"PenguinMails.{module}.Infrastructure", "Persistence", "Configurations")
        os.makedirs(dom, exist_ok=True)
        os.makedirs(cfg, exist_ok=True)
        open(os.path.join(dom, f"{cls}.g.cs"), "w").write(entity_code(table, info, module, cls, aggregate))
        open(os.path.join(cfg, f"{cls}Configuration.g.cs"), "w").write(config_code(table, info, module, cls))
    print(f"generated {len(TABLES)} entities and configurations")


if __name__ == "__main__":
    main()
