-- Attachment files shared by the PCs of a server (issue 9; docs/decisions/0021-postgresql-server.md):
-- on a server each attachment's encrypted copy is kept here too, so another PC can open it. The
-- embedded database keeps its copies in the attachments folder only and leaves this table empty.
CREATE TABLE attachment_copy (
    attachment_id  UUID PRIMARY KEY,
    content        BLOB NOT NULL
);
