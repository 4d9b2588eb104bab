-- The append-only audit log. Provisional home until the store's own audit table lands; the
-- columns follow org.enduse.core.audit.AuditEntry.

CREATE TABLE audit_log (
    seq         BIGINT       PRIMARY KEY,
    at          BIGINT       NOT NULL,
    username    VARCHAR(100) NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   VARCHAR(100) NOT NULL,
    detail      TEXT
);
CREATE INDEX audit_log_by_entity ON audit_log (entity_type, entity_id, seq);
