-- A reviewer's decision on a potential violation (org.enduse.core.assess.Review): only this makes a
-- violation confirmed. One decision per sighting and line; a new one replaces it. Portable SQL.
CREATE TABLE assessment_reviews (
    sighting_id     TEXT NOT NULL REFERENCES sightings (id) ON DELETE CASCADE,
    transfer_id     TEXT NOT NULL,
    line_id         TEXT NOT NULL,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    decision        TEXT NOT NULL,
    reviewer        TEXT NOT NULL,
    at              TEXT NOT NULL,
    note            TEXT,
    PRIMARY KEY (sighting_id, transfer_id, line_id)
);
