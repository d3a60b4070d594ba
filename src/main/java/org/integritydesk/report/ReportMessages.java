package org.integritydesk.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The printed forms' texts in one locale: the same bundle ({@code i18n/reports}) that the templates
 * read through {@code $R{...}}, so labels and translated values never disagree.
 */
final class ReportMessages {
    static final String BUNDLE = "i18n/reports";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Without the no-fallback control, asking for Chinese on a PC whose default locale is English
     * would silently return the English bundle instead of the Chinese base file.
     */
    static ReportMessages forLocale(Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new ReportMessages(bundle, locale);
        } catch (MissingResourceException e) {
            throw new ReportException("report texts " + BUNDLE + " not found on the class path", e);
        }
    }

    ResourceBundle bundle() {
        return bundle;
    }

    Locale locale() {
        return locale;
    }

    String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new ReportException("report text '" + key + "' missing for locale " + locale, e);
        }
    }

    String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }

    String yesNo(boolean value) {
        return text(value ? "form.yes" : "form.no");
    }

    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(text("form.datePattern"), locale).format(date);
    }

    String month(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(text("form.monthPattern"), locale).format(date);
    }
}
