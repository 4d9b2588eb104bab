-- Portable SQL (SQLite and PostgreSQL): TEXT, BIGINT, INTEGER, DOUBLE PRECISION only.
-- Dates are ISO strings ("2023", "2023-05", "2023-05-22"; instants as ISO-8601 UTC).
-- Amounts and quantities are decimal strings: see docs/decisions/0002-store-schema.md.
-- Every record table carries organisation_id so organisations can be added without a rebuild.

CREATE TABLE sources (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    location        TEXT NOT NULL,
    title           TEXT,
    outlet          TEXT,
    language        TEXT,
    published       TEXT,
    retrieved       TEXT,
    sha256          TEXT
);

CREATE TABLE transfers (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    name            TEXT,
    donor           TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    financier       TEXT,
    announced       TEXT,
    value_amount    TEXT,
    value_currency  TEXT,
    note            TEXT
);
CREATE INDEX transfers_donor ON transfers (donor);
CREATE INDEX transfers_recipient ON transfers (recipient);

-- One row per term, so rules query terms as data: kind is territory, end_user, purpose,
-- retransfer_requires_consent, right_to_inspect or valid_until.
CREATE TABLE end_use_terms (
    transfer_id     TEXT NOT NULL REFERENCES transfers (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    value           TEXT NOT NULL,
    PRIMARY KEY (transfer_id, position)
);

CREATE TABLE transfer_sources (
    transfer_id     TEXT NOT NULL REFERENCES transfers (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    position        INTEGER NOT NULL,
    source_id       TEXT NOT NULL,
    PRIMARY KEY (transfer_id, position)
);

CREATE TABLE transfer_lines (
    transfer_id           TEXT NOT NULL REFERENCES transfers (id) ON DELETE CASCADE,
    id                    TEXT NOT NULL,
    organisation_id       TEXT NOT NULL DEFAULT 'local',
    position              INTEGER NOT NULL,
    equipment_type        TEXT,
    equipment_description TEXT,
    quantity              TEXT,
    unit                  TEXT NOT NULL,
    note                  TEXT,
    PRIMARY KEY (transfer_id, id)
);
CREATE INDEX transfer_lines_equipment ON transfer_lines (equipment_type);

CREATE TABLE line_serials (
    transfer_id      TEXT NOT NULL,
    line_id          TEXT NOT NULL,
    organisation_id  TEXT NOT NULL DEFAULT 'local',
    position         INTEGER NOT NULL,
    first_serial     TEXT NOT NULL,
    last_serial      TEXT,
    first_normalised TEXT NOT NULL,
    PRIMARY KEY (transfer_id, line_id, position),
    FOREIGN KEY (transfer_id, line_id) REFERENCES transfer_lines (transfer_id, id) ON DELETE CASCADE
);
CREATE INDEX line_serials_normalised ON line_serials (first_normalised);

CREATE TABLE lifecycle_events (
    transfer_id     TEXT NOT NULL,
    line_id         TEXT NOT NULL,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    position        INTEGER NOT NULL,
    status          TEXT NOT NULL,
    event_date      TEXT NOT NULL,
    source_id       TEXT,
    note            TEXT,
    PRIMARY KEY (transfer_id, line_id, position),
    FOREIGN KEY (transfer_id, line_id) REFERENCES transfer_lines (transfer_id, id) ON DELETE CASCADE
);

CREATE TABLE sightings (
    id                    TEXT PRIMARY KEY,
    organisation_id       TEXT NOT NULL DEFAULT 'local',
    equipment_type        TEXT,
    equipment_description TEXT,
    quantity              TEXT,
    unit                  TEXT NOT NULL,
    place_name            TEXT,
    country               TEXT,
    region                TEXT,
    lat                   DOUBLE PRECISION,
    lon                   DOUBLE PRECISION,
    geo_precision         TEXT NOT NULL,
    observed              TEXT,
    holder_actor_id       TEXT,
    holder_name           TEXT,
    status                TEXT NOT NULL,
    verification          TEXT NOT NULL,
    note                  TEXT
);
CREATE INDEX sightings_country ON sightings (country);
CREATE INDEX sightings_holder ON sightings (holder_actor_id);

CREATE TABLE sighting_serials (
    sighting_id     TEXT NOT NULL REFERENCES sightings (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    position        INTEGER NOT NULL,
    serial          TEXT NOT NULL,
    normalised      TEXT NOT NULL,
    PRIMARY KEY (sighting_id, position)
);
CREATE INDEX sighting_serials_normalised ON sighting_serials (normalised);

CREATE TABLE sighting_markings (
    sighting_id     TEXT NOT NULL REFERENCES sightings (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    position        INTEGER NOT NULL,
    marking         TEXT NOT NULL,
    PRIMARY KEY (sighting_id, position)
);

CREATE TABLE sighting_sources (
    sighting_id     TEXT NOT NULL REFERENCES sightings (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    position        INTEGER NOT NULL,
    source_id       TEXT NOT NULL,
    PRIMARY KEY (sighting_id, position)
);

-- Minimal for now: the assessment and inquiry logic (and their repositories) come later.
CREATE TABLE assessments (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    sighting_id     TEXT NOT NULL REFERENCES sightings (id) ON DELETE CASCADE,
    transfer_id     TEXT,
    line_id         TEXT,
    score           DOUBLE PRECISION NOT NULL,
    verdict         TEXT NOT NULL,
    assessed_at     TEXT,
    detail          TEXT
);

CREATE TABLE inquiries (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    requester       TEXT NOT NULL,
    responder       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    state           TEXT NOT NULL,
    deadline        TEXT,
    outcome         TEXT
);

-- kind is sighting, transfer or assessment.
CREATE TABLE inquiry_links (
    inquiry_id      TEXT NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    kind            TEXT NOT NULL,
    target_id       TEXT NOT NULL,
    PRIMARY KEY (inquiry_id, kind, target_id)
);

-- Append-only: the vendor-specific migration (db/vendor/<db>) adds triggers that refuse UPDATE and DELETE.
-- seq is assigned by the store inside the writing transaction (max + 1), which is portable.
CREATE TABLE audit (
    seq             BIGINT PRIMARY KEY,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    at              TEXT NOT NULL,
    user_name       TEXT NOT NULL,
    action          TEXT NOT NULL,
    entity_type     TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    detail          TEXT
);
CREATE INDEX audit_entity ON audit (entity_type, entity_id);
