-- An Idempotency-Key is claimed by inserting its row before the request runs (status and body still null) and
-- completed afterwards. The claim replaces a session-level advisory lock, which PgBouncer in transaction pooling would
-- have left on a server connection other clients share (docs/schema-deviations.md, "Idempotency (V13, V15)").
ALTER TABLE idempotency_keys ALTER COLUMN status DROP NOT NULL, ALTER COLUMN body DROP NOT NULL,
    ADD CONSTRAINT idempotency_keys_answer_whole CHECK ((status IS NULL) = (body IS NULL));
