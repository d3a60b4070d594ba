-- The annual assessment of the clean-government responsibility system (党风廉政建设责任制考核, issue 6
-- items 6-8) and disciplinary sanctions (处分), which feed it. Rows carry the audit columns of
-- ARCHITECTURE.md "Data" where people edit them; the computed snapshot carries when it was computed.

-- One scheme per year: the grade bands here, the indicators below.
CREATE TABLE assessment_scheme (
    scheme_year     INT PRIMARY KEY,
    excellent_min   DECIMAL(6,1) NOT NULL,
    competent_min   DECIMAL(6,1) NOT NULL,
    basic_min       DECIMAL(6,1) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    origin_unit     VARCHAR(20)  NOT NULL,
    version         INT          NOT NULL
);

-- The tree: a category has no input, rule or maximum of its own.
CREATE TABLE assessment_indicator (
    id              UUID PRIMARY KEY,
    scheme_year     INT NOT NULL REFERENCES assessment_scheme (scheme_year),
    parent_id       UUID,
    position        INT NOT NULL,
    name            VARCHAR(200) NOT NULL,
    max_score       DECIMAL(6,1),
    rule            VARCHAR(30),
    parameter       DECIMAL(8,2),
    input           VARCHAR(50),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    origin_unit     VARCHAR(20)  NOT NULL,
    version         INT          NOT NULL
);
CREATE INDEX ix_assessment_indicator_year ON assessment_indicator (scheme_year);

CREATE TABLE sanction (
    id              UUID PRIMARY KEY,
    cadre_id        UUID NOT NULL REFERENCES cadre (id),
    sanction_date   DATE NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    document_number VARCHAR(200) NOT NULL,
    note            VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    origin_unit     VARCHAR(20)  NOT NULL,
    version         INT          NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_sanction_date ON sanction (sanction_date);
CREATE INDEX ix_sanction_cadre ON sanction (cadre_id);

-- What people enter for a cadre's year: the self score; assessors' scores and deductions below.
CREATE TABLE assessment_entry (
    entry_year      INT  NOT NULL,
    cadre_id        UUID NOT NULL REFERENCES cadre (id),
    self_score      DECIMAL(6,1),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    origin_unit     VARCHAR(20)  NOT NULL,
    version         INT          NOT NULL,
    PRIMARY KEY (entry_year, cadre_id)
);

CREATE TABLE assessment_entry_line (
    entry_year      INT  NOT NULL,
    cadre_id        UUID NOT NULL,
    line_kind       VARCHAR(20) NOT NULL,
    position        INT NOT NULL,
    who_or_note     VARCHAR(1000),
    points          DECIMAL(6,1) NOT NULL,
    PRIMARY KEY (entry_year, cadre_id, line_kind, position),
    FOREIGN KEY (entry_year, cadre_id) REFERENCES assessment_entry (entry_year, cadre_id)
);

-- The computation of a year: the scheme as it was used (every indicator in tree order, categories
-- with their summed maximum), then one row per cadre whose leaf values and scores follow the order
-- of the run's leaves. A closed year's sheets print from these rows only.
CREATE TABLE assessment_run (
    run_year        INT PRIMARY KEY,
    computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    computed_by     VARCHAR(100) NOT NULL,
    excellent_min   DECIMAL(6,1) NOT NULL,
    competent_min   DECIMAL(6,1) NOT NULL,
    basic_min       DECIMAL(6,1) NOT NULL,
    cadre_count     INT NOT NULL
);

CREATE TABLE assessment_run_indicator (
    run_year        INT NOT NULL REFERENCES assessment_run (run_year),
    position        INT NOT NULL,
    depth           INT NOT NULL,
    name            VARCHAR(200) NOT NULL,
    max_score       DECIMAL(6,1) NOT NULL,
    rule            VARCHAR(30),
    parameter       DECIMAL(8,2),
    input           VARCHAR(50),
    PRIMARY KEY (run_year, position)
);

CREATE TABLE assessment_result (
    result_year     INT  NOT NULL,
    cadre_id        UUID NOT NULL,
    unit_id         UUID NOT NULL,
    unit_name       VARCHAR(200) NOT NULL,
    cadre_name      VARCHAR(200) NOT NULL,
    sort_key        VARCHAR(200) NOT NULL,
    masked_id       VARCHAR(18)  NOT NULL,
    position_title  VARCHAR(200),
    leaf_values     VARCHAR(2000) NOT NULL,
    leaf_scores     VARCHAR(2000) NOT NULL,
    computed_total  DECIMAL(7,1) NOT NULL,
    self_score      DECIMAL(6,1),
    assessor_avg    DECIMAL(6,1),
    deduction_total DECIMAL(7,1) NOT NULL,
    total           DECIMAL(7,1) NOT NULL,
    grade           VARCHAR(30)  NOT NULL,
    sanctions       INT NOT NULL,
    PRIMARY KEY (result_year, cadre_id)
);
CREATE INDEX ix_assessment_result_unit ON assessment_result (result_year, unit_id);
