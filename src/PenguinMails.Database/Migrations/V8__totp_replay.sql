-- A TOTP code is good once: the time step of the last accepted code (docs/schema-deviations.md, "Identity (V4)").
ALTER TABLE user_credentials ADD COLUMN totp_last_step BIGINT;
