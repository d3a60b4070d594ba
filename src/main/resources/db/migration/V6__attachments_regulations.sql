-- Attachments (files kept for a record of any feature) and the bureau's regulations register (制度建设).
-- An attachment's file lies, encrypted, in the data folder's attachments/ folder under the name in
-- stored_path (made from the attachment's id, never from what the user typed); see
-- docs/decisions/0009-attachment-files.md.

CREATE TABLE attachment (
    id             UUID PRIMARY KEY,
    owner_type     VARCHAR(40)   NOT NULL,
    owner_id       UUID          NOT NULL,
    original_name  VARCHAR(500)  NOT NULL,
    stored_path    VARCHAR(200)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by       VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    origin_unit    VARCHAR(20)   NOT NULL,
    version        INT           NOT NULL,
    deleted_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_attachment_stored_path UNIQUE (stored_path)
);
CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id);

CREATE TABLE regulation (
    id               UUID PRIMARY KEY,
    title            VARCHAR(400)  NOT NULL,
    document_number  VARCHAR(200),
    issued_on        DATE          NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    issuing_unit     VARCHAR(400)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    repealed_on      DATE,
    summary          VARCHAR(8000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    origin_unit      VARCHAR(20)   NOT NULL,
    version          INT           NOT NULL,
    deleted_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_regulation_issued_on ON regulation (issued_on);
