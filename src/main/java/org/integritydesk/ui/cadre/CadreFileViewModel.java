package org.integritydesk.ui.cadre;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The detail pane: one cadre's whole file, turned into label/value pairs and section rows so the
 * view only lays them out. Only the latest request wins when the selection moves quickly.
 */
public final class CadreFileViewModel {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** One label and its value in the basic-information grid. */
    public record Field(String label, String value) {
    }

    /** A section after the basic information: its title and its rows, or the empty text. */
    public record Section(FileSection kind, String title, List<List<String>> rows, String emptyText) {
        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    private final CadreService cadres;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ViewingPurpose purpose;
    private boolean fullIdNumber;
    private final ErrorDescriber errors;
    private final ReadOnlyObjectWrapper<CadreFile> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private UUID requested;

    public CadreFileViewModel(CadreService cadres, TaskRunner tasks, Messages messages, ViewingPurpose purpose) {
        this.cadres = cadres;
        this.tasks = tasks;
        this.messages = messages;
        this.purpose = purpose;
        this.errors = new ErrorDescriber(messages);
        message.set(messages.get("cadre.file.noneSelected"));
    }

    /** Opens a cadre's file in the background; {@code null} clears the pane. */
    public void show(UUID cadreId) {
        requested = cadreId;
        if (cadreId == null) {
            file.set(null);
            message.set(messages.get("cadre.file.noneSelected"));
            return;
        }
        Optional<String> why = purpose.forViewing();
        if (why.isEmpty()) {
            file.set(null);
            message.set(messages.get("purpose.required"));
            return;
        }
        message.set(messages.get("common.loading"));
        tasks.submit(ctx -> new Opened(cadres.openFile(cadreId, why.get()), cadres.maySeeFullIdNumber(cadreId)), opened -> {
            if (cadreId.equals(requested)) {
                fullIdNumber = opened.fullIdNumber();
                file.set(opened.file());
                message.set("");
            }
        }, failure -> {
            if (cadreId.equals(requested)) {
                file.set(null);
                message.set(errors.describe(failure));
            }
        });
    }

    private record Opened(CadreFile file, boolean fullIdNumber) {
    }

    public List<Field> basicFields() {
        CadreFile f = file.get();
        if (f == null) {
            return List.of();
        }
        Cadre c = f.cadre();
        List<Field> fields = new ArrayList<>();
        fields.add(field("cadre.field.name", c.name()));
        fields.add(field("cadre.field.gender", messages.get(c.gender().messageKey())));
        fields.add(field("cadre.field.birthDate", date(c.birthDate())));
        // the cadre's own file view is the one place a role allowed to may see the number whole
        fields.add(field("cadre.field.idNumber", fullIdNumber ? c.idNumber().value() : c.idNumber().masked()));
        fields.add(field("cadre.field.ethnicity", c.ethnicity()));
        fields.add(field("cadre.field.politicalStatus", c.politicalStatus()));
        fields.add(field("cadre.field.education", c.education()));
        fields.add(field("cadre.field.unit", f.unitPath()));
        fields.add(field("cadre.field.position", c.position()));
        fields.add(field("cadre.field.category", messages.get(c.category().messageKey())));
        fields.add(field("cadre.field.importantPosition", messages.get(c.importantPosition() ? "common.yes" : "common.no")));
        fields.add(field("cadre.field.status", messages.get(c.status().messageKey())));
        fields.add(field("cadre.field.mobile", c.mobile()));
        fields.add(field("cadre.field.workStartDate", date(c.workStartDate())));
        fields.add(field("cadre.field.appointmentDate", date(c.appointmentDate())));
        fields.add(field("cadre.field.notes", c.notes()));
        return fields;
    }

    public List<Section> sections() {
        CadreFile f = file.get();
        if (f == null) {
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        List<List<String>> familyRows = new ArrayList<>();
        for (FamilyBusiness b : f.familyBusinesses()) {
            familyRows.add(List.of(messages.get(b.relation().messageKey()), b.name(), messages.get(b.businessKind().messageKey()),
                    b.employerOrBusiness(), messages.get(b.inJurisdiction() ? "common.yes" : "common.no")));
        }
        sections.add(section(FileSection.FAMILY_BUSINESS, familyRows));
        for (FileSection kind : FileSection.values()) {
            if (kind == FileSection.BASIC || kind == FileSection.FAMILY_BUSINESS) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (SectionEntry e : f.entries(kind)) {
                rows.add(List.of(date(e.date()), e.title(), e.detail() == null ? "" : e.detail()));
            }
            sections.add(section(kind, rows));
        }
        return sections;
    }

    /** Column headers of the family-business table. */
    public List<String> familyHeaders() {
        return List.of(messages.get("family.relation"), messages.get("family.name"), messages.get("family.businessKind"),
                messages.get("family.employer"), messages.get("family.inJurisdiction"));
    }

    private Section section(FileSection kind, List<List<String>> rows) {
        return new Section(kind, messages.get(kind.messageKey()), rows, messages.get("cadre.file.noRecords"));
    }

    private Field field(String key, String value) {
        return new Field(messages.get(key), value == null || value.isBlank() ? "—" : value);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public ReadOnlyObjectProperty<CadreFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
