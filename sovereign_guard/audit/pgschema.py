"""The central audit store in PostgreSQL: tables, append-only triggers, the shipper's grants.

Records and checkpoints are stored exactly as the segment and `checkpoints.jsonl` lines hold
them (bytea, still encrypted, byte for byte), keyed by (log id, position): position = seq for
records, the line index in `checkpoints.jsonl` for checkpoints. The store adds nothing a
verifier has to trust; it is a second copy of each replica's chain that outlives the pod.

The shipper's role may INSERT and SELECT, nothing else (no UPDATE, DELETE or TRUNCATE
privilege), and triggers refuse UPDATE, DELETE and TRUNCATE for every role but a superuser
who drops them: a stolen shipper password can add rows (which the chain, the AEAD tags and
the signed checkpoints expose) but cannot rewrite history. `audit_forks` records a different
record a shipper offered for a (log id, seq) already stored: evidence, never an overwrite.

An administrator creates all of it once (`sovereign-guard audit ship --print-sql | psql
ADMIN_URL`); the SQL is idempotent, so re-running it after an upgrade is safe.
"""

from __future__ import annotations

import re

SCHEMA = "sovereign_guard"
RECORDS = f"{SCHEMA}.audit_records"
CHECKPOINTS = f"{SCHEMA}.audit_checkpoints"
FORKS = f"{SCHEMA}.audit_forks"
DEFAULT_ROLE = "sg_shipper"
_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

TABLES_SQL = f"""
CREATE SCHEMA IF NOT EXISTS {SCHEMA};

CREATE TABLE IF NOT EXISTS {RECORDS} (
    log_id     text        NOT NULL,
    seq        bigint      NOT NULL CHECK (seq >= 0),
    line       bytea       NOT NULL,  -- the envelope line of the segment file, no newline
    shipped_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (log_id, seq)
);
-- AES-GCM ciphertext in base64 hardly compresses: storing it out of line uncompressed
-- doubles insert throughput (pglz was half the server's time per batch).
ALTER TABLE {RECORDS} ALTER COLUMN line SET STORAGE EXTERNAL;

CREATE TABLE IF NOT EXISTS {CHECKPOINTS} (
    log_id     text        NOT NULL,
    idx        bigint      NOT NULL CHECK (idx >= 0),  -- line index in checkpoints.jsonl
    size       bigint,                -- records the signed note commits to (NULL: unreadable)
    line       bytea       NOT NULL,  -- the checkpoints.jsonl line, no newline
    shipped_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (log_id, idx)
);

CREATE TABLE IF NOT EXISTS {FORKS} (
    kind        text        NOT NULL CHECK (kind IN ('record', 'checkpoint')),
    log_id      text        NOT NULL,
    seq         bigint      NOT NULL,  -- seq (record) or idx (checkpoint) already stored
    line        bytea       NOT NULL,  -- the different bytes a shipper offered for it
    reported_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS audit_forks_once
    ON {FORKS} (kind, log_id, seq, sha256(line));

CREATE OR REPLACE FUNCTION {SCHEMA}.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sovereign-guard audit store is append-only: % on % refused',
        TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
"""

_TRIGGERS = """
DROP TRIGGER IF EXISTS append_only ON {table};
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION {schema}.refuse_change();
DROP TRIGGER IF EXISTS append_only_truncate ON {table};
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.refuse_change();
"""

GRANTS_SQL = """
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
        CREATE ROLE {role} LOGIN;  -- set a password or use certificates: see the README
    END IF;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role};
GRANT USAGE ON SCHEMA {schema} TO {role};
GRANT SELECT, INSERT ON {records}, {checkpoints}, {forks} TO {role};
"""


def schema_sql(role: str = DEFAULT_ROLE) -> str:
    """The whole set-up as one idempotent SQL script, for an administrator to run."""
    if not _ROLE.match(role):
        raise ValueError("role must be a lower-case SQL identifier ([a-z_][a-z0-9_]*)")
    triggers = "".join(_TRIGGERS.format(table=t, schema=SCHEMA)
                       for t in (RECORDS, CHECKPOINTS, FORKS))
    grants = GRANTS_SQL.format(role=role, schema=SCHEMA, records=RECORDS,
                               checkpoints=CHECKPOINTS, forks=FORKS)
    return ("-- sovereign-guard audit store: tables, append-only triggers, shipper grants\n"
            + TABLES_SQL + triggers + grants)
