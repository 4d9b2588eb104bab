-- Whom a record is shared with (issue 6). The owner is the record's own organisation_id column
-- (V1); this table adds the organisations that may also read it. One table for every kind of
-- record, keyed by (entity_type, entity_id): "transfer", "sighting", "source", ...

CREATE TABLE record_shares (
    entity_type     VARCHAR(40)  NOT NULL,
    entity_id       VARCHAR(100) NOT NULL,
    organisation_id VARCHAR(40)  NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (entity_type, entity_id, organisation_id)
);
CREATE INDEX record_shares_by_organisation ON record_shares (organisation_id, entity_type);
