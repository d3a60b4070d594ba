-- PostgreSQL's version of db/vendor/h2/V7__years.sql: the same tables; only the types H2 and PostgreSQL spell
-- differently differ (docs/decisions/0021-postgresql-server.md). Change neither file: H2 databases in use
-- validate the H2 one's checksum.
-- Closing a year (归档) and reopening it (docs/architecture.md "Closed years and archives").
-- One row per close; reopening fills the reopened_* columns of that row, and a later close adds a
-- new row, so the history of a year stays. A year is closed while it has a row with reopened_at
-- NULL; open_year is that year on such a row and NULL otherwise, so the unique constraint allows
-- at most one standing close per year.
CREATE TABLE closed_year (
    id             UUID PRIMARY KEY,
    closed_year    INT           NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by      VARCHAR(100)  NOT NULL,
    -- the archive written when the year was closed: file name in the data folder's archives folder
    archive_file   VARCHAR(400)  NOT NULL,
    archive_sha256 CHAR(64)      NOT NULL,
    reopened_at    TIMESTAMP WITH TIME ZONE,
    reopened_by    VARCHAR(100),
    reopen_reason  VARCHAR(1000),
    open_year      INT GENERATED ALWAYS AS (CASE WHEN reopened_at IS NULL THEN closed_year END) STORED,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    origin_unit    VARCHAR(20)   NOT NULL,
    version        INT           NOT NULL,
    CONSTRAINT uq_closed_year_standing UNIQUE (open_year)
);
CREATE INDEX ix_closed_year_year ON closed_year (closed_year, closed_at);
