package org.integritydesk.ui.education;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.Attendee;

/** One line of the attendance table: the stored attendee and what is being entered for them. */
public final class AttendeeRow {
    private final Attendee stored;
    private final ObjectProperty<AttendanceStatus> status;
    private final StringProperty reason;

    AttendeeRow(Attendee stored) {
        this.stored = stored;
        this.status = new SimpleObjectProperty<>(stored.status());
        this.reason = new SimpleStringProperty(stored.reason() == null ? "" : stored.reason());
    }

    public Attendee stored() {
        return stored;
    }

    public ObjectProperty<AttendanceStatus> statusProperty() {
        return status;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** Whether what is entered differs from what is stored. */
    public boolean isChanged() {
        String storedReason = stored.reason() == null ? "" : stored.reason();
        return status.get() != stored.status() || !Objects.equals(reason.get().strip(), storedReason);
    }
}
