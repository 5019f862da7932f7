-- The fields personalisation needs (docs/schema-deviations.md, "Lead personalisation (V17)"): first and last name,
-- and the tenant's own fields as a JSON object of strings. The seed's name stays; it is derived from the two names
-- when a lead is given them without one.
ALTER TABLE leads ADD COLUMN first_name VARCHAR(100);
ALTER TABLE leads ADD COLUMN last_name VARCHAR(100);
ALTER TABLE leads ADD COLUMN custom_fields JSONB NOT NULL DEFAULT '{}'
    CONSTRAINT leads_custom_fields_object CHECK (jsonb_typeof(custom_fields) = 'object');
