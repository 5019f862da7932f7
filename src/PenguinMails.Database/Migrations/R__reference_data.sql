-- Reference data every installation starts with. Repeatable: re-applied whenever this file
-- changes, so each statement is an idempotent upsert. Staff edit plans over the API afterwards;
-- re-applying only fills in what is missing and never overwrites those edits.

INSERT INTO plans (name, slug, description, max_users, max_domains, max_campaigns_per_month, api_rate_limit,
                   max_email_accounts, max_emails_per_month, max_warmups, max_contacts, max_storage_gb,
                   api_access, priority_support, advanced_analytics, white_label, price_monthly, price_yearly, notes)
VALUES
    ('Free',    'free',    'Try PenguinMails with one sender.',              1,    1,   5,  60,    2,   2000,   1,   1000,  1, FALSE, FALSE, FALSE, FALSE,     0,      0, NULL),
    ('Starter', 'starter', 'For founders running their own outreach.',       3,    5,  50, 300,   10,  50000,   5,  25000, 10, TRUE,  FALSE, FALSE, FALSE,  4900,  49000, NULL),
    ('Pro',     'pro',     'For agencies and teams sending at scale.',      25,   50, 500, 1200, 100, 500000,  50, 250000, 100, TRUE,  TRUE,  TRUE,  TRUE,  19900, 199000, NULL)
ON CONFLICT (slug) DO NOTHING;

INSERT INTO permissions (id, name, description, category) VALUES
    (1, 'staff.manage',          'Manage staff members, staff roles and their permissions', 'staff'),
    (2, 'plans.manage',          'Create, change and deactivate plans',                     'billing'),
    (3, 'infrastructure.manage', 'Manage VPS instances, SMTP IPs and domain assignments',   'infrastructure'),
    (4, 'config.manage',         'Read and change system configuration',                    'configuration'),
    (5, 'flags.manage',          'Create, change and roll out feature flags',               'configuration'),
    (6, 'tenants.read',          'Read tenants with their plan and usage',                  'support')
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description, category = EXCLUDED.category;

INSERT INTO staff_roles (id, name, description) VALUES
    (1, 'super_admin', 'Every staff permission'),
    (2, 'support',     'Reads tenants to help customers')
ON CONFLICT (id) DO NOTHING;

INSERT INTO staff_role_permissions (role_id, permission_id)
SELECT 1, p.id FROM permissions p
UNION ALL
SELECT 2, p.id FROM permissions p WHERE p.name = 'tenants.read'
ON CONFLICT DO NOTHING;

-- The platform's own Stripe account (the seed's single 'stripe_account_id' row); staff set its value over the API.
INSERT INTO system_config (key, value, description, category, is_sensitive) VALUES
    ('stripe_account_id', NULL, 'Platform Stripe account for receiving payments (separate from tenant customer accounts)', 'billing', FALSE)
ON CONFLICT (key) DO NOTHING;
