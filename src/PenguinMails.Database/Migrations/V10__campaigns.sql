-- Campaigns: leads, templates and their folders and tags, campaigns and their steps
-- (docs/schema-deviations.md, "Campaigns (V10)").

-- ---------------------------------------------------------------- leads
-- Addresses are stored trimmed and lower-cased, so UNIQUE (tenant_id, email) means what users mean.
ALTER TABLE leads ADD CONSTRAINT leads_email_normalized CHECK (email = lower(btrim(email)) AND length(email) BETWEEN 3 AND 255);
ALTER TABLE leads ADD CONSTRAINT leads_status_known
    CHECK (status IN ('active', 'unsubscribed', 'bounced', 'replied', 'interested', 'not_interested'));
-- Lists are keyset pages in address order over the unique index. The address compares byte-wise (COLLATE "C"), so
-- that same index also serves prefix search on it; name and company have prefix indexes of their own. Every index
-- slows the bulk import, so there are no others.
ALTER TABLE leads ALTER COLUMN email TYPE VARCHAR(255) COLLATE "C";
CREATE INDEX idx_leads_tenant_name_prefix ON leads (tenant_id, lower(name) text_pattern_ops);
CREATE INDEX idx_leads_tenant_company_prefix ON leads (tenant_id, lower(company) text_pattern_ops);

-- ---------------------------------------------------------------- templates, folders, tags
ALTER TABLE templates ADD CONSTRAINT templates_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 100);
CREATE INDEX idx_templates_tenant_created ON templates (tenant_id, created, id);

ALTER TABLE folders ADD CONSTRAINT folders_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX ux_folders_tenant_name ON folders (tenant_id, lower(name));

ALTER TABLE tags ADD CONSTRAINT tags_value_length CHECK (length(btrim(value)) BETWEEN 1 AND 50);
-- A tenant's tag values are unique within the tenant; the platform defaults (tenant_id NULL) among themselves.
CREATE UNIQUE INDEX ux_tags_tenant_value ON tags (tenant_id, lower(value)) WHERE tenant_id IS NOT NULL;
CREATE UNIQUE INDEX ux_tags_default_value ON tags (lower(value)) WHERE tenant_id IS NULL;
CREATE INDEX idx_template_folders_folder ON template_folders (tenant_id, folder_id);
CREATE INDEX idx_template_tags_tag ON template_tags (tenant_id, tag_id);

-- ---------------------------------------------------------------- campaigns and steps
ALTER TABLE campaigns ALTER COLUMN status SET DEFAULT 'draft';
ALTER TABLE campaigns ADD CONSTRAINT campaigns_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200);
CREATE INDEX idx_campaigns_tenant_created ON campaigns (tenant_id, created, id);

-- step_order is 1..n without gaps; the uniqueness is checked at commit so a reorder can pass through duplicates.
ALTER TABLE campaign_sequence_steps ADD CONSTRAINT campaign_sequence_steps_order_unique
    UNIQUE (campaign_id, step_order) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE campaign_sequence_steps ADD CONSTRAINT campaign_sequence_steps_order_positive CHECK (step_order >= 1);
ALTER TABLE campaign_sequence_steps ADD CONSTRAINT campaign_sequence_steps_wait_hours_range
    CHECK (wait_duration_hours IS NULL OR wait_duration_hours BETWEEN 1 AND 8760);
ALTER TABLE campaign_sequence_steps ADD CONSTRAINT campaign_sequence_steps_condition_type_known
    CHECK (condition_type IS NULL OR condition_type IN ('opened', 'not_opened', 'clicked', 'replied', 'not_replied'));
ALTER TABLE campaign_sequence_steps ADD CONSTRAINT campaign_sequence_steps_executed_count_non_negative CHECK (executed_count >= 0);
