-- Other users' changes, told within a second (issue 9 item 3; docs/decisions/0021-postgresql-server.md):
-- after each statement that changes a table, the server sends a notification on the channel
-- integrity_desk_changes, delivered to every listening app when the transaction commits (none on a
-- rollback; the same text is sent once per transaction). Its text is "schema table application_name",
-- so an app can tell its own changes (its connections are named after it) and another schema's apart.
-- The audit trail and the exchange journal are left out: every action writes them, and no list shows
-- them that another user is waiting on.
CREATE OR REPLACE FUNCTION xd_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('integrity_desk_changes',
        TG_TABLE_SCHEMA || ' ' || TG_TABLE_NAME || ' ' || current_setting('application_name'));
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables
             WHERE schemaname = current_schema()
               AND tablename NOT IN ('flyway_schema_history', 'audit_event', 'audit_head', 'exchange_change')
    LOOP
        EXECUTE format('CREATE TRIGGER xd_notify_change AFTER INSERT OR UPDATE OR DELETE ON %I '
            'FOR EACH STATEMENT EXECUTE FUNCTION xd_notify_change()', t.tablename);
    END LOOP;
END
$$;
