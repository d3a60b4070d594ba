-- Supervision visits (监督检查) and the problem-rectification ledger (问题整改台账), issue 5.
-- Every row carries the audit columns of ARCHITECTURE.md "Data".

CREATE TABLE supervision_visit (
    id                 UUID PRIMARY KEY,
    number             VARCHAR(20)  NOT NULL,
    visit_date         DATE         NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    unit_id            UUID         NOT NULL REFERENCES org_unit (id),
    monitoring_group   VARCHAR(20)  NOT NULL,
    members            VARCHAR(800) NOT NULL,
    responsible_person VARCHAR(200),
    notes              VARCHAR(4000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    origin_unit        VARCHAR(20)  NOT NULL,
    version            INT          NOT NULL,
    deleted_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_supervision_visit_number UNIQUE (number)
);
CREATE INDEX ix_supervision_visit_date ON supervision_visit (visit_date);

CREATE TABLE rectification (
    id                  UUID PRIMARY KEY,
    number              VARCHAR(20)  NOT NULL,
    source              VARCHAR(30)  NOT NULL,
    unit_id             UUID         NOT NULL REFERENCES org_unit (id),
    cadre_id            UUID REFERENCES cadre (id),
    category            VARCHAR(30)  NOT NULL,
    severity            VARCHAR(30)  NOT NULL,
    response            VARCHAR(30)  NOT NULL,
    description         VARCHAR(4000) NOT NULL,
    found_on            DATE         NOT NULL,
    measures            VARCHAR(4000) NOT NULL,
    responsible_unit_id UUID         NOT NULL REFERENCES org_unit (id),
    responsible_person  VARCHAR(200) NOT NULL,
    deadline            DATE         NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    rectified_by        VARCHAR(100),
    rectified_on        DATE,
    verified_by         VARCHAR(100),
    verified_on         DATE,
    verification_note   VARCHAR(2000),
    return_visit_date   DATE,
    return_visit_done_on DATE,
    visit_id            UUID REFERENCES supervision_visit (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    origin_unit         VARCHAR(20)  NOT NULL,
    version             INT          NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_rectification_number UNIQUE (number)
);
CREATE INDEX ix_rectification_unit ON rectification (unit_id);
CREATE INDEX ix_rectification_cadre ON rectification (cadre_id);
CREATE INDEX ix_rectification_visit ON rectification (visit_id);

-- One row per dated change of a ledger item: created, edited, each status step, a return visit.
CREATE TABLE rectification_event (
    id               UUID PRIMARY KEY,
    rectification_id UUID NOT NULL REFERENCES rectification (id),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(100) NOT NULL,
    what             VARCHAR(20)  NOT NULL,
    step             VARCHAR(20),
    from_status      VARCHAR(20),
    to_status        VARCHAR(20),
    note             VARCHAR(2000),
    origin_unit      VARCHAR(20)  NOT NULL
);
CREATE INDEX ix_rectification_event_item ON rectification_event (rectification_id);

-- Per visit, per area checked: nothing found, or a problem (which is also a ledger item).
CREATE TABLE visit_finding (
    id               UUID PRIMARY KEY,
    visit_id         UUID NOT NULL REFERENCES supervision_visit (id),
    area             VARCHAR(30) NOT NULL,
    problem          BOOLEAN     NOT NULL,
    description      VARCHAR(4000),
    cadre_id         UUID REFERENCES cadre (id),
    severity         VARCHAR(30),
    measures         VARCHAR(4000),
    deadline         DATE,
    rectification_id UUID REFERENCES rectification (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    origin_unit      VARCHAR(20)  NOT NULL,
    version          INT          NOT NULL,
    deleted_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_visit_finding_visit ON visit_finding (visit_id);
