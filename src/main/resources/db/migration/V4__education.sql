-- Education: the bureau's education bases, its education activities, and who was expected at each
-- and whether they came. Every row carries the audit columns of ARCHITECTURE.md "Data".

CREATE TABLE education_base (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(30)  NOT NULL,
    theme               VARCHAR(30)  NOT NULL,
    address             VARCHAR(400),
    demonstration_site  BOOLEAN      NOT NULL,
    notes               VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    origin_unit         VARCHAR(20)  NOT NULL,
    version             INT          NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE
);

CREATE TABLE education_activity (
    id                  UUID PRIMARY KEY,
    kind                VARCHAR(30)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    starts_at           TIMESTAMP    NOT NULL,
    hours               DECIMAL(4,1) NOT NULL CHECK (hours > 0 AND hours <= 24),
    place               VARCHAR(200),
    base_id             UUID REFERENCES education_base (id),
    organiser_unit_id   UUID NOT NULL REFERENCES org_unit (id),
    speaker             VARCHAR(100),
    -- the 六进 targets as a comma-separated list of OutreachTarget names
    outreach            VARCHAR(200) NOT NULL,
    summary             VARCHAR(4000),
    -- the attendance of activity_attendee counted, kept by the service after every change so that
    -- the year's list needs no count over millions of attendance rows
    present_count       INT NOT NULL DEFAULT 0,
    on_leave_count      INT NOT NULL DEFAULT 0,
    absent_count        INT NOT NULL DEFAULT 0,
    pending_count       INT NOT NULL DEFAULT 0,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    origin_unit         VARCHAR(20)  NOT NULL,
    version             INT          NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_education_activity_starts ON education_activity (starts_at);
CREATE INDEX ix_education_activity_organiser ON education_activity (organiser_unit_id);

-- One row per expected attendee; status is NULL until the attendance is taken. unit_id is the
-- cadre's unit when they were put on the list: the unit totals count under it. The activity's day
-- and hours are copied here so that a cadre's hours and daily limit are read without a join over
-- millions of rows; the service keeps them equal to the activity's when it changes, and clears
-- live when the activity goes to the recycle bin.
CREATE TABLE activity_attendee (
    activity_id         UUID NOT NULL REFERENCES education_activity (id),
    cadre_id            UUID NOT NULL REFERENCES cadre (id),
    unit_id             UUID NOT NULL REFERENCES org_unit (id),
    activity_day        DATE NOT NULL,
    hours               DECIMAL(4,1) NOT NULL,
    status              VARCHAR(20),
    reason              VARCHAR(200),
    live                BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    origin_unit         VARCHAR(20)  NOT NULL,
    PRIMARY KEY (activity_id, cadre_id)
);
CREATE INDEX ix_activity_attendee_cadre ON activity_attendee (cadre_id, activity_day);

-- Each activity's attendance counted per unit of the cadres on its list, kept by the service with
-- the activity's counters: a year's totals per unit add up some ten thousand of these rows instead
-- of grouping two million attendance rows.
CREATE TABLE activity_unit_tally (
    activity_id         UUID NOT NULL REFERENCES education_activity (id),
    unit_id             UUID NOT NULL REFERENCES org_unit (id),
    present_count       INT NOT NULL,
    on_leave_count      INT NOT NULL,
    absent_count        INT NOT NULL,
    pending_count       INT NOT NULL,
    present_hours       DECIMAL(12,1) NOT NULL,
    PRIMARY KEY (activity_id, unit_id)
);
