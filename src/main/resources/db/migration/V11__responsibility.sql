-- Responsibility tasks (党风廉政建设责任分解, 一岗双责), issue 6 item 5: each year's tasks with their
-- responsible unit and leading cadre, and one progress entry per task and quarter.
-- Every row carries the audit columns of ARCHITECTURE.md "Data".

CREATE TABLE responsibility_task (
    id           UUID PRIMARY KEY,
    task_year    INT           NOT NULL,
    seq          INT           NOT NULL,
    category     VARCHAR(30)   NOT NULL,
    task_text    VARCHAR(2000) NOT NULL,
    unit_id      UUID          NOT NULL REFERENCES org_unit (id),
    leader_id    UUID REFERENCES cadre (id),
    deadline     DATE          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    origin_unit  VARCHAR(20)   NOT NULL,
    version      INT           NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_responsibility_task_year ON responsibility_task (task_year);
CREATE INDEX ix_responsibility_task_leader ON responsibility_task (leader_id);

CREATE TABLE responsibility_progress (
    id           UUID PRIMARY KEY,
    task_id      UUID          NOT NULL REFERENCES responsibility_task (id),
    quarter      VARCHAR(2)    NOT NULL,
    result       VARCHAR(10)   NOT NULL,
    note         VARCHAR(4000) NOT NULL,
    recorded_on  DATE          NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    origin_unit  VARCHAR(20)   NOT NULL,
    version      INT           NOT NULL,
    CONSTRAINT uq_responsibility_progress UNIQUE (task_id, quarter)
);
