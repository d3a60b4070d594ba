package org.integritydesk.service;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.Labelled;

/**
 * The user-facing texts of one locale. Simplified Chinese is the base bundle; English is the
 * second locale. Lookups never fall back to the JVM's default locale, so a Chinese user on an
 * English Windows still sees Chinese.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = load(locale);
    }

    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with {@code args} filled in; a missing key shows itself rather than failing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String get(String key, List<Object> args) {
        return get(key, args.toArray());
    }

    public String label(Labelled value) {
        return value == null ? "" : get(value.messageKey());
    }

    public String of(FieldError error) {
        return get(error.messageKey(), error.args());
    }
}
