-- Organisations, users, API tokens and browser sessions (issue 6).
-- Portable between SQLite and PostgreSQL: times are epoch milliseconds (BIGINT), "disabled" and
-- "revoked" are nullable times rather than booleans, ids are opaque strings made by the application.

CREATE TABLE organisations (
    id          VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    -- lower-cased name, so two organisations cannot differ only in case
    name_key    VARCHAR(200) NOT NULL UNIQUE,
    created_at  BIGINT       NOT NULL
);

CREATE TABLE users (
    id              VARCHAR(40)  PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL UNIQUE,
    display_name    VARCHAR(200),
    organisation_id VARCHAR(40)  NOT NULL REFERENCES organisations (id),
    role            VARCHAR(20)  NOT NULL CHECK (role IN ('VIEWER', 'ANALYST', 'REVIEWER', 'ADMIN')),
    -- Argon2id in the PHC string format; parameters are inside the string
    password_hash   VARCHAR(255) NOT NULL,
    created_at      BIGINT       NOT NULL,
    disabled_at     BIGINT
);
CREATE INDEX users_by_organisation ON users (organisation_id, username);

CREATE TABLE api_tokens (
    id            VARCHAR(40)  PRIMARY KEY,
    user_id       VARCHAR(40)  NOT NULL REFERENCES users (id),
    name          VARCHAR(100) NOT NULL,
    -- sha256 (hex) of the secret; the secret itself is shown once and never stored
    secret_sha256 CHAR(64)     NOT NULL UNIQUE,
    created_at    BIGINT       NOT NULL,
    expires_at    BIGINT,
    revoked_at    BIGINT
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE login_sessions (
    -- sha256 (hex) of the cookie's secret
    id_sha256    CHAR(64)    PRIMARY KEY,
    user_id      VARCHAR(40) NOT NULL REFERENCES users (id),
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   BIGINT      NOT NULL,
    last_seen_at BIGINT      NOT NULL
);
CREATE INDEX login_sessions_by_user ON login_sessions (user_id);
