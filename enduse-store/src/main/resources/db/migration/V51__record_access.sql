-- Which organisation owns each record, and whom it is shared with (issue 6). One pair of tables
-- for every kind of record, keyed by (entity_type, entity_id), so each record table needs no
-- column of its own; RecordVisibility builds the SQL condition that list queries add.

CREATE TABLE record_owners (
    entity_type           VARCHAR(40)  NOT NULL,
    entity_id             VARCHAR(100) NOT NULL,
    owner_organisation_id VARCHAR(40)  NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (entity_type, entity_id)
);
CREATE INDEX record_owners_by_owner ON record_owners (owner_organisation_id, entity_type);

CREATE TABLE record_shares (
    entity_type     VARCHAR(40)  NOT NULL,
    entity_id       VARCHAR(100) NOT NULL,
    organisation_id VARCHAR(40)  NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (entity_type, entity_id, organisation_id),
    FOREIGN KEY (entity_type, entity_id) REFERENCES record_owners (entity_type, entity_id)
);
CREATE INDEX record_shares_by_organisation ON record_shares (organisation_id, entity_type);
