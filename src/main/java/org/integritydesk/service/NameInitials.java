package org.integritydesk.service;

import java.util.Locale;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of a name for search ("张三丰" → "zsf"). A character without a reading (a rare
 * character, a letter, the middle dot) contributes itself, lower-cased, or nothing if it is a mark.
 */
public final class NameInitials {
    /** Surnames whose everyday reading is not the dictionary's first one (单 is Shan, not Dan). */
    private static final Map<Character, Character> SURNAME_INITIALS = Map.of(
            '单', 's', '曾', 'z', '解', 'x', '仇', 'q', '区', 'o', '查', 'z', '朴', 'p', '盖', 'g', '乐', 'y', '覃', 'q');

    private NameInitials() {
    }

    public static String of(String name) {
        StringBuilder out = new StringBuilder();
        if (!name.isEmpty() && SURNAME_INITIALS.containsKey(name.charAt(0))) {
            out.append(SURNAME_INITIALS.get(name.charAt(0)));
            name = name.substring(1);
        }
        name.codePoints().forEach(cp -> {
            if (Character.isBmpCodePoint(cp)) {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) cp);
                if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                    out.append(readings[0].charAt(0));
                    return;
                }
            }
            if (Character.isLetterOrDigit(cp)) {
                out.append(Character.isIdeographic(cp) ? new String(Character.toChars(cp))
                        : new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            }
        });
        return out.toString();
    }
}
