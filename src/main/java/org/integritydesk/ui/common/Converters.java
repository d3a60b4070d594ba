package org.integritydesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** One-way converters for choice boxes whose items are values, not texts. */
public final class Converters {
    private Converters() {
    }

    public static <T> StringConverter<T> showing(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
