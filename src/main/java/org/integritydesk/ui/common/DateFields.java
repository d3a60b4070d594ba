package org.integritydesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that accept what clerks type (2024-03-01, 2024/3/1, 2024.3.1, 20240301), show
 * yyyy-MM-dd, and report text that is no real date instead of silently dropping it.
 */
public final class DateFields {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT));

    private DateFields() {
    }

    /** Parses a typed date; empty when blank or not a real date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return Optional.empty();
    }

    /**
     * Binds a picker to a view-model date as the user types; {@code unreadable} is told whether
     * the text is non-blank but no date.
     */
    public static void bind(DatePicker picker, ObjectProperty<LocalDate> value, BiConsumer<Boolean, String> unreadable) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text).orElse(null);
            }
        });
        picker.setValue(value.get());
        picker.getEditor().setText(value.get() == null ? "" : SHOWN.format(value.get()));
        picker.getEditor().textProperty().addListener((o, a, text) -> {
            Optional<LocalDate> parsed = parse(text);
            boolean bad = text != null && !text.isBlank() && parsed.isEmpty();
            unreadable.accept(bad, text);
            if (!bad) {
                value.set(parsed.orElse(null));
            }
        });
        picker.valueProperty().addListener((o, a, date) -> {
            if (date != null && !date.equals(value.get())) {
                value.set(date);
                picker.getEditor().setText(SHOWN.format(date));
            }
        });
    }
}
