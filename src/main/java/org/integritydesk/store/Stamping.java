package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.integritydesk.model.RecordStamp;

/**
 * Who is writing and what time it is, for the audit columns of every row. The service layer
 * supplies it so that a change and its stamp come from the same use case.
 */
public record Stamping(Instant now, String user, String originUnit) {

    static RecordStamp read(ResultSet rs) throws SQLException {
        return new RecordStamp(
                Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "updated_at"),
                rs.getString("updated_by"),
                rs.getString("origin_unit"),
                rs.getInt("version"));
    }
}
