-- Users who log in. Their passwords are not here: each user's password unwraps their copy of the
-- database key in integrity-desk.keys beside the database (see docs/decisions/0005-users-and-encryption.md).
CREATE TABLE app_user (
    id                   UUID PRIMARY KEY,
    username             VARCHAR(100) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    role                 VARCHAR(30)  NOT NULL,
    unit_id              UUID REFERENCES org_unit (id),
    cadre_id             UUID REFERENCES cadre (id),
    must_change_password BOOLEAN      NOT NULL,
    active               BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100) NOT NULL,
    origin_unit          VARCHAR(20)  NOT NULL,
    version              INT          NOT NULL,
    deleted_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);
