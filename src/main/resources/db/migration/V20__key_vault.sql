-- The key vault on a shared server (issue 9; docs/decisions/0021-postgresql-server.md): every PC that
-- uses the server logs in against the same wrapped copies of the key and the same failed-login counts,
-- so a second PC can join and a password changed on one PC works on all. One row holding the text of
-- the key file (integrity-desk.keys): each user's copy is wrapped with a key from their password, none
-- in the clear. The embedded database keeps its key file beside it and leaves this table empty.
CREATE TABLE key_vault (
    id          INTEGER PRIMARY KEY,
    content     VARCHAR(1000000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_key_vault_one_row CHECK (id = 1)
);
