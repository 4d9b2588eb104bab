-- Stored assessment results, so alerts and explain read them and assess re-evaluates only what
-- changed (org.enduse.core.assess.IncrementalAssessment). Portable SQL (SQLite and PostgreSQL).

-- V1's assessments table gets the candidate's place among the sighting's candidates; its detail
-- column holds the whole assessment (causes, explanation, evidence) as JSON.
ALTER TABLE assessments ADD COLUMN position INTEGER;
CREATE INDEX assessments_sighting ON assessments (sighting_id);
CREATE INDEX assessments_transfer ON assessments (transfer_id);

-- One row per assessed sighting: what holds for all its candidates. alerts and ruled_out are JSON.
CREATE TABLE assessment_results (
    sighting_id     TEXT PRIMARY KEY REFERENCES sightings (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    observed        TEXT,
    ambiguous       INTEGER NOT NULL,
    alerts          TEXT NOT NULL,
    ruled_out       TEXT NOT NULL,
    assessed_at     TEXT NOT NULL
);

-- One row per run of assess: every change up to the audit sequence number through_change is in
-- the stored results.
CREATE TABLE assessment_runs (
    through_change  BIGINT NOT NULL,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    at              TEXT NOT NULL,
    evaluated       INTEGER NOT NULL,
    full_run        INTEGER NOT NULL,
    PRIMARY KEY (through_change, at)
);

-- What attribution read of each transfer (parties and lines), hashed, as last assessed: a transfer
-- saved with the same fingerprint changed only its terms, name or note.
CREATE TABLE assessed_transfers (
    transfer_id       TEXT PRIMARY KEY,
    organisation_id   TEXT NOT NULL DEFAULT 'local',
    lines_fingerprint TEXT NOT NULL
);
