-- Integrity talks (廉政谈话) and yearly integrity commitments (廉政承诺书), issue 4 items 3 and 4.
-- Both carry the audit columns of ARCHITECTURE.md "Data"; deleting is soft.

CREATE TABLE integrity_talk (
    id              UUID PRIMARY KEY,
    cadre_id        UUID NOT NULL REFERENCES cadre (id),
    kind            VARCHAR(30)  NOT NULL,
    talk_date       DATE         NOT NULL,
    talker_name     VARCHAR(200) NOT NULL,
    -- the talker's own file when the talker is a cadre on file
    talker_cadre_id UUID REFERENCES cadre (id),
    recorder_name   VARCHAR(200) NOT NULL,
    content         VARCHAR(4000) NOT NULL,
    statement       VARCHAR(4000),
    follow_up       VARCHAR(4000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    origin_unit     VARCHAR(20)  NOT NULL,
    version         INT          NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_integrity_talk_not_self CHECK (talker_cadre_id IS NULL OR talker_cadre_id <> cadre_id)
);
CREATE INDEX ix_integrity_talk_cadre ON integrity_talk (cadre_id, kind);
CREATE INDEX ix_integrity_talk_date ON integrity_talk (talk_date);

CREATE TABLE integrity_commitment (
    id              UUID PRIMARY KEY,
    cadre_id        UUID NOT NULL REFERENCES cadre (id),
    -- the unit the cadre belonged to when the commitment was made (printed on it)
    unit_id         UUID NOT NULL REFERENCES org_unit (id),
    commitment_year INT  NOT NULL,
    signed_on       DATE,
    notes           VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    origin_unit     VARCHAR(20)  NOT NULL,
    version         INT          NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    -- one per cadre per year, deleted or not: a deleted one is brought back, never made twice
    CONSTRAINT uq_integrity_commitment_cadre_year UNIQUE (cadre_id, commitment_year)
);
CREATE INDEX ix_integrity_commitment_year ON integrity_commitment (commitment_year, unit_id);
