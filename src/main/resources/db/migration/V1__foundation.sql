-- Foundation: units, cadres, their family members' business activities, and settings.
-- Every row carries the audit columns of ARCHITECTURE.md "Data".

CREATE TABLE org_unit (
    id           UUID PRIMARY KEY,
    parent_id    UUID REFERENCES org_unit (id),
    code         VARCHAR(20)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    sort_order   INT          NOT NULL DEFAULT 0,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    origin_unit  VARCHAR(20)  NOT NULL,
    version      INT          NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_org_unit_code UNIQUE (code)
);

CREATE TABLE cadre (
    id                 UUID PRIMARY KEY,
    unit_id            UUID NOT NULL REFERENCES org_unit (id),
    name               VARCHAR(200) NOT NULL,
    name_initials      VARCHAR(200) NOT NULL,
    id_number          CHAR(18)     NOT NULL,
    ethnicity          VARCHAR(200),
    political_status   VARCHAR(200),
    education          VARCHAR(200),
    position           VARCHAR(200) NOT NULL,
    category           VARCHAR(30)  NOT NULL,
    important_position BOOLEAN      NOT NULL,
    status             VARCHAR(30)  NOT NULL,
    mobile             VARCHAR(20),
    work_start_date    DATE,
    appointment_date   DATE,
    notes              VARCHAR(4000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    origin_unit        VARCHAR(20)  NOT NULL,
    version            INT          NOT NULL,
    deleted_at         TIMESTAMP WITH TIME ZONE,
    -- one file per person, deleted or not: a deleted cadre is restored, never entered twice
    CONSTRAINT uq_cadre_id_number UNIQUE (id_number)
);
CREATE INDEX ix_cadre_unit ON cadre (unit_id);

CREATE TABLE family_business (
    id                   UUID PRIMARY KEY,
    cadre_id             UUID NOT NULL REFERENCES cadre (id),
    position_in_file     INT  NOT NULL,
    relation             VARCHAR(30)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    business_kind        VARCHAR(30)  NOT NULL,
    employer_or_business VARCHAR(400) NOT NULL,
    in_jurisdiction      BOOLEAN      NOT NULL,
    notes                VARCHAR(2000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100) NOT NULL,
    origin_unit          VARCHAR(20)  NOT NULL,
    version              INT          NOT NULL,
    deleted_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_family_business_cadre ON family_business (cadre_id);

CREATE TABLE app_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);
