-- Attachment files shared by the PCs of a server (issue 9; docs/decisions/0021-postgresql-server.md):
-- each attachment's encrypted copy (the same bytes as in a PC's attachments folder, sealed with a key
-- from the database's file key) is kept here too, so another PC can open it. No change notice
-- (V18): the attachment row written with it tells the other PCs.
CREATE TABLE attachment_copy (
    attachment_id  UUID PRIMARY KEY,
    content        BYTEA NOT NULL
);
