-- What `enduse ingest` keeps of each report, and the review queue it feeds (docs/formats.md, "Stored
-- reports"). Portable SQL as in V1. A source row is created with each report; the rows below hang
-- off it. Offsets are character offsets into source_texts.text, [start, end).

-- The text intake extracted from an ingested source. One report content is stored once per
-- organisation: the unique sha256 is what makes re-ingesting the same content a no-op. sha256 leads
-- the index so the look-up before each document is an index search, not a scan of every text.
CREATE TABLE source_texts (
    source_id       TEXT PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    sha256          TEXT NOT NULL,
    format          TEXT NOT NULL,
    charset         TEXT,
    body            TEXT NOT NULL
);
CREATE UNIQUE INDEX source_texts_sha256 ON source_texts (sha256, organisation_id);

-- kind: equipment, country, place, organization, person, quantity, money, date.
CREATE TABLE mentions (
    source_id       TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    surface         TEXT NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    entry_id        TEXT,
    name            TEXT,
    code            TEXT,
    country         TEXT,
    amount          TEXT,
    unit            TEXT,
    currency        TEXT,
    item            TEXT,
    date_value      TEXT,
    role            TEXT,
    actor_kind      TEXT,
    confidence      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (source_id, position)
);
CREATE INDEX mentions_entry ON mentions (entry_id);

-- event_type: transfer, sighting, inquiry, statement. equipment holds the names one per line.
CREATE TABLE events (
    source_id        TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    organisation_id  TEXT NOT NULL DEFAULT 'local',
    position         INTEGER NOT NULL,
    event_type       TEXT NOT NULL,
    donor            TEXT,
    recipient        TEXT,
    equipment        TEXT,
    quantity         TEXT,
    value_amount     TEXT,
    value_currency   TEXT,
    status           TEXT,
    location_country TEXT,
    place            TEXT,
    holder           TEXT,
    by_actor         TEXT,
    target           TEXT,
    kind             TEXT,
    stance           TEXT,
    attributed_to    TEXT,
    confidence       DOUBLE PRECISION NOT NULL,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    PRIMARY KEY (source_id, position)
);

-- Reports of one event grouped across outlets and languages; shared_features one per line.
CREATE TABLE stories (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    shared_features TEXT
);

CREATE TABLE story_sources (
    story_id        TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    source_id       TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, source_id)
);

-- A sighting or transfer event waiting for a reviewer. kind: sighting or transfer; status:
-- pending, accepted or rejected. The field columns hold text as extracted or as a reviewer edited
-- it; it is validated when edited and when accepted. record_id is the sighting or transfer made on
-- acceptance.
CREATE TABLE candidates (
    id                    TEXT PRIMARY KEY,
    organisation_id       TEXT NOT NULL DEFAULT 'local',
    kind                  TEXT NOT NULL,
    status                TEXT NOT NULL,
    source_id             TEXT NOT NULL REFERENCES sources (id),
    event_position        INTEGER NOT NULL,
    language              TEXT,
    confidence            DOUBLE PRECISION NOT NULL,
    evidence_start        INTEGER NOT NULL,
    evidence_end          INTEGER NOT NULL,
    attributed_to         TEXT,
    equipment_type        TEXT,
    equipment_description TEXT,
    quantity              TEXT,
    unit                  TEXT,
    country               TEXT,
    place_name            TEXT,
    holder_actor_id       TEXT,
    holder_name           TEXT,
    event_status          TEXT,
    observed              TEXT,
    donor                 TEXT,
    recipient             TEXT,
    value_amount          TEXT,
    value_currency        TEXT,
    announced             TEXT,
    decided_by            TEXT,
    decided_at            TEXT,
    reason                TEXT,
    record_id             TEXT,
    UNIQUE (source_id, event_position)
);
CREATE INDEX candidates_status ON candidates (status, kind);
