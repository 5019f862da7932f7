-- Billing (docs/schema-deviations.md, "Billing (V6)").

-- Every tenant has exactly one current subscription; ended ones stay as history.
CREATE UNIQUE INDEX ux_subscriptions_current ON subscriptions (tenant_id) WHERE status <> 'canceled';

-- The roll-over job finds ended periods without scanning every subscription.
CREATE INDEX idx_subscriptions_period_end ON subscriptions (current_period_end) WHERE status <> 'canceled';

-- Add-ons, payments and plans hold money and counts: never negative.
ALTER TABLE subscription_addons ADD CONSTRAINT subscription_addons_quantity_positive CHECK (quantity >= 1);
ALTER TABLE payments ADD CONSTRAINT payments_amount_not_negative CHECK (amount >= 0);
ALTER TABLE payments ADD CONSTRAINT payments_status_known CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded'));
ALTER TABLE payments ADD CONSTRAINT payments_currency_iso CHECK (currency ~ '^[A-Z]{3}$');

-- Keyset pages of a tenant's payments, newest first.
CREATE INDEX idx_payments_tenant_created ON payments (tenant_id, created DESC, id DESC);
