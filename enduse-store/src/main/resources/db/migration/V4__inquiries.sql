-- Inquiries between states: what V1 lacked. Portable SQL (SQLite and PostgreSQL).
-- The inquiries table (V1) already holds the deadline and the outcome; this adds the log of its
-- events (who opened, sent, recorded and closed it, and when) and its correspondence with the
-- attached files.

CREATE INDEX inquiries_state ON inquiries (state);

-- One row per step of the workflow (open, send, record, close), in order; from_state is null for
-- the opening. The audit table records the same step as the update of the inquiry.
CREATE TABLE inquiry_events (
    inquiry_id      TEXT NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    position        INTEGER NOT NULL,
    action          TEXT NOT NULL,
    from_state      TEXT,
    to_state        TEXT NOT NULL,
    user_name       TEXT NOT NULL,
    at              TEXT NOT NULL,
    detail          TEXT,
    PRIMARY KEY (inquiry_id, position)
);

-- Letters, notes and messages sent or received; direction is OUTGOING or INCOMING.
CREATE TABLE inquiry_correspondence (
    inquiry_id      TEXT NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    position        INTEGER NOT NULL,
    sent_on         TEXT NOT NULL,
    direction       TEXT NOT NULL,
    summary         TEXT NOT NULL,
    PRIMARY KEY (inquiry_id, position)
);

-- The files that came with a letter. The bytes are not in the database: they are kept under the
-- data directory at stored_path, named by their sha256 (attachments/ab/abcdef...). Portable SQL
-- has no common binary type (BLOB against BYTEA), letters and scans can be large, and a database
-- file of records stays small enough to copy; the sha256 here proves the file is the one received.
CREATE TABLE inquiry_attachments (
    inquiry_id      TEXT NOT NULL,
    organisation_id TEXT NOT NULL DEFAULT 'local',
    correspondence  INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    media_type      TEXT,
    size_bytes      BIGINT NOT NULL,
    sha256          TEXT NOT NULL,
    stored_path     TEXT NOT NULL,
    PRIMARY KEY (inquiry_id, correspondence, position),
    FOREIGN KEY (inquiry_id, correspondence) REFERENCES inquiry_correspondence (inquiry_id, position) ON DELETE CASCADE
);
CREATE INDEX inquiry_attachments_sha256 ON inquiry_attachments (sha256);
