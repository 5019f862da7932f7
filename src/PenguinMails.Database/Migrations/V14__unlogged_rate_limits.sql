-- Rate-limit counters are hot (one upsert per tenant request) and worthless after a crash: unlogged, they write no
-- WAL, so counting a request costs no WAL flush at commit (docs/schema-deviations.md, "Rate limits (V12, V14)").
-- PostgreSQL empties an unlogged table after a crash and does not copy it to standbys; a limit then restarts its minute.
ALTER TABLE rate_limit_counters SET UNLOGGED;
