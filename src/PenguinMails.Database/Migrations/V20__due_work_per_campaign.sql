-- The claim walks each sending campaign's due work in next_send_at order and stops at what one claim can use
-- (ADR 0029, "Finding due work"). Keyed by campaign first, the due indexes skip the enrollments of campaigns that
-- cannot send now (paused, outside their window, at their daily limit) instead of reading past them, and no claim
-- sorts a campaign's whole backlog.
DROP INDEX idx_campaign_leads_due_followups;
DROP INDEX idx_campaign_leads_due_new;
CREATE INDEX idx_campaign_leads_due_followups ON campaign_leads (campaign_id, next_send_at)
    WHERE status = 'active' AND last_sent_at IS NOT NULL;
CREATE INDEX idx_campaign_leads_due_new ON campaign_leads (campaign_id, next_send_at)
    WHERE status = 'active' AND last_sent_at IS NULL;

-- The few campaigns sending now, found without reading the many drafts and finished ones.
CREATE INDEX idx_campaigns_sending ON campaigns (id) WHERE status = 'sending';
