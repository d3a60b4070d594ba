-- Special self-inspection campaigns (专项自查), issue 5 item 5: a campaign with its checklist, sent to
-- the cadres of chosen units; each cadre's declaration per item (无 / 有 with an explanation). A
-- declared issue is also a ledger item (rectification, source SELF_INSPECTION): the answer names it,
-- and the unique index on the answer's rectification_id finds the answer from the item.

CREATE TABLE self_inspection_campaign (
    id            UUID PRIMARY KEY,
    number        VARCHAR(20)   NOT NULL,
    title         VARCHAR(400)  NOT NULL,
    campaign_year INT           NOT NULL,
    starts_on     DATE          NOT NULL,
    ends_on       DATE          NOT NULL,
    description   VARCHAR(4000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    origin_unit   VARCHAR(20)   NOT NULL,
    version       INT           NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_self_inspection_campaign_number UNIQUE (number)
);

-- The checklist, in order; replaced as a whole while nobody has declared.
CREATE TABLE self_inspection_item (
    campaign_id UUID          NOT NULL REFERENCES self_inspection_campaign (id),
    position    INT           NOT NULL,
    text        VARCHAR(800)  NOT NULL,
    PRIMARY KEY (campaign_id, position)
);

-- The units the campaign was sent to (their sub-units' cadres included).
CREATE TABLE self_inspection_unit (
    campaign_id UUID NOT NULL REFERENCES self_inspection_campaign (id),
    unit_id     UUID NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (campaign_id, unit_id)
);

-- One row per cadre the campaign was sent to; declared_on is null until the cadre declared.
CREATE TABLE self_inspection_declaration (
    id           UUID PRIMARY KEY,
    campaign_id  UUID NOT NULL REFERENCES self_inspection_campaign (id),
    cadre_id     UUID NOT NULL REFERENCES cadre (id),
    unit_id      UUID NOT NULL REFERENCES org_unit (id),
    declared_on  DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    origin_unit  VARCHAR(20)  NOT NULL,
    version      INT          NOT NULL,
    CONSTRAINT uq_self_inspection_declaration UNIQUE (campaign_id, cadre_id)
);
CREATE INDEX ix_self_inspection_declaration_unit ON self_inspection_declaration (unit_id);

-- A declaration's answer per checklist item.
CREATE TABLE self_inspection_answer (
    declaration_id   UUID NOT NULL REFERENCES self_inspection_declaration (id),
    position         INT  NOT NULL,
    has_issue        BOOLEAN NOT NULL,
    explanation      VARCHAR(2000),
    rectification_id UUID REFERENCES rectification (id),
    PRIMARY KEY (declaration_id, position),
    CONSTRAINT uq_self_inspection_answer_item UNIQUE (rectification_id)
);
