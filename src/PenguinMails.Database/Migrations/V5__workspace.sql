-- Workspace (docs/schema-deviations.md, "Workspace (V5)").

-- workspace_name is a platform-wide public handle, compared case-insensitively. The guide's UNIQUE stays; this
-- index holds the rule even for a row written around the application (which stores handles lower-cased).
CREATE UNIQUE INDEX ux_companies_workspace_name_lower ON companies (lower(workspace_name));

-- A company's status and size are drawn from documented sets.
ALTER TABLE companies ADD CONSTRAINT companies_status_known CHECK (status IN ('active', 'suspended', 'archived'));
ALTER TABLE companies ADD CONSTRAINT companies_company_size_known CHECK (company_size IN ('Small', 'Medium', 'Large'));

-- Keyset pages of a tenant's companies in creation order.
CREATE INDEX idx_companies_tenant_created ON companies (tenant_id, created, id);
