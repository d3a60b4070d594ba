-- PostgreSQL's version of db/vendor/h2/V2__audit.sql: the same tables; only the types H2 and PostgreSQL spell
-- differently differ (docs/decisions/0021-postgresql-server.md). Change neither file: H2 databases in use
-- validate the H2 one's checksum.
-- The tamper-evident audit trail (docs/architecture.md "Audit trail").
-- Events are only ever inserted. The app assigns each sequence as previous + 1 (no identity column),
-- so a deleted event leaves a gap the chain check reports; hash is the SHA-256 of previous_hash
-- and the event's fields (model.AuditChain).

CREATE TABLE audit_event (
    sequence      BIGINT PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    record_type   VARCHAR(40)   NOT NULL,
    record_id     UUID,
    -- how a person recognises the record (a cadre's name); never an unmasked ID number
    record_label  VARCHAR(400),
    -- the changed fields as compact JSON with sorted keys, ID numbers masked (model.AuditText)
    before_value  TEXT,
    after_value   TEXT,
    purpose       VARCHAR(1000),
    origin_unit   VARCHAR(20)   NOT NULL,
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL
);
-- The viewer's filters; each ends in sequence because the viewer lists by it.
CREATE INDEX ix_audit_event_actor ON audit_event (actor, sequence);
CREATE INDEX ix_audit_event_record ON audit_event (record_id, sequence);
CREATE INDEX ix_audit_event_kind ON audit_event (kind, sequence);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);

-- The end of the chain. Appending locks this one row (SELECT ... FOR UPDATE), so concurrent writers
-- append strictly one after another; it also lets the check notice a cut-off tail.
CREATE TABLE audit_head (
    id            INT PRIMARY KEY,
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_head_single_row CHECK (id = 1)
);
INSERT INTO audit_head (id, last_sequence, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
