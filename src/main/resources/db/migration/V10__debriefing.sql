-- 述职述廉 (debriefing) sessions, their reporting cadres and representatives, the ballot tallies as
-- entered (once, or twice by two people, or as an inspector ruled), and the representatives' comments
-- (issue 6 items 1-4). Every row carries the audit columns of ARCHITECTURE.md "Data".

CREATE TABLE debriefing_session (
    id               UUID PRIMARY KEY,
    number           VARCHAR(20)  NOT NULL,
    session_year     INT          NOT NULL,
    session_date     DATE         NOT NULL,
    place            VARCHAR(400) NOT NULL,
    unit_id          UUID         NOT NULL REFERENCES org_unit (id),
    formula          VARCHAR(20)  NOT NULL,
    expected_voters  INT          NOT NULL,
    double_entry     BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    origin_unit      VARCHAR(20)  NOT NULL,
    version          INT          NOT NULL,
    deleted_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_debriefing_session_number UNIQUE (number)
);
CREATE INDEX ix_debriefing_session_year ON debriefing_session (session_year);

CREATE TABLE debriefing_cadre (
    id           UUID PRIMARY KEY,
    session_id   UUID        NOT NULL REFERENCES debriefing_session (id),
    cadre_id     UUID        NOT NULL REFERENCES cadre (id),
    category     VARCHAR(30) NOT NULL,
    position     VARCHAR(400),
    sort_order   INT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    origin_unit  VARCHAR(20)  NOT NULL,
    version      INT          NOT NULL,
    CONSTRAINT uq_debriefing_cadre UNIQUE (session_id, cadre_id)
);
CREATE INDEX ix_debriefing_cadre_cadre ON debriefing_cadre (cadre_id);

CREATE TABLE debriefing_representative (
    id           UUID PRIMARY KEY,
    session_id   UUID         NOT NULL REFERENCES debriefing_session (id),
    kind         VARCHAR(30)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    organisation VARCHAR(400) NOT NULL,
    credit_code  VARCHAR(18),
    mobile       VARCHAR(11),
    sort_order   INT          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    origin_unit  VARCHAR(20)  NOT NULL,
    version      INT          NOT NULL
);
CREATE INDEX ix_debriefing_representative_session ON debriefing_representative (session_id);

-- One row per reporting cadre per entry round (FIRST, SECOND, RESOLVED); entered_by is who typed it.
CREATE TABLE ballot_tally (
    id                  UUID PRIMARY KEY,
    session_id          UUID        NOT NULL REFERENCES debriefing_session (id),
    reporting_cadre_id  UUID        NOT NULL REFERENCES debriefing_cadre (id),
    entry_round         VARCHAR(10) NOT NULL,
    issued              INT NOT NULL,
    returned            INT NOT NULL,
    voided              INT NOT NULL,
    satisfied           INT NOT NULL,
    fairly_satisfied    INT NOT NULL,
    basically_satisfied INT NOT NULL,
    less_satisfied      INT NOT NULL,
    unsatisfied         INT NOT NULL,
    abstained           INT NOT NULL,
    entered_by          VARCHAR(100) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    origin_unit         VARCHAR(20)  NOT NULL,
    version             INT          NOT NULL,
    CONSTRAINT uq_ballot_tally UNIQUE (reporting_cadre_id, entry_round),
    CONSTRAINT ck_ballot_tally_returned CHECK (returned <= issued),
    CONSTRAINT ck_ballot_tally_sum CHECK (satisfied + fairly_satisfied + basically_satisfied + less_satisfied
        + unsatisfied + abstained + voided = returned)
);
CREATE INDEX ix_ballot_tally_session ON ballot_tally (session_id);

CREATE TABLE debriefing_comment (
    id                 UUID PRIMARY KEY,
    session_id         UUID          NOT NULL REFERENCES debriefing_session (id),
    representative_id  UUID REFERENCES debriefing_representative (id),
    reporting_cadre_id UUID REFERENCES debriefing_cadre (id),
    question           VARCHAR(4000) NOT NULL,
    answer             VARCHAR(4000),
    rectification_id   UUID REFERENCES rectification (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    origin_unit        VARCHAR(20)  NOT NULL,
    version            INT          NOT NULL,
    deleted_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_debriefing_comment_session ON debriefing_comment (session_id);
