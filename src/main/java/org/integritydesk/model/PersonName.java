package org.integritydesk.model;

/**
 * Rules for a person's name. Names may hold rare characters outside the Basic Multilingual Plane
 * (CJK Extension B and later take two Java chars), compound surnames and the middle dot of
 * minority names, so every length here counts code points.
 */
public final class PersonName {
    public static final int MAX_CODE_POINTS = 30;
    /** The one middle dot stored; look-alikes typed by input methods are folded into it. */
    public static final int MIDDLE_DOT = 0x00B7;

    /** 〇 occurs in given names; Java counts it a number, not a letter. */
    private static final int IDEOGRAPHIC_ZERO = 0x3007;

    private PersonName() {
    }

    /** Trims, folds the middle-dot look-alikes to U+00B7 and collapses inner runs of spaces. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        raw.strip().codePoints().forEach(cp -> {
            int folded = isMiddleDotLookAlike(cp) ? MIDDLE_DOT : cp;
            if (Character.isWhitespace(folded) && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                return;
            }
            out.appendCodePoint(Character.isWhitespace(folded) ? ' ' : folded);
        });
        return out.toString();
    }

    /** The message key of the first rule the name breaks, or null when it is acceptable. */
    public static String problem(String raw) {
        String name = normalise(raw);
        if (name.isEmpty()) {
            return "validation.required";
        }
        if (codePointLength(name) > MAX_CODE_POINTS) {
            return "validation.name.tooLong";
        }
        boolean allowed = name.codePoints().allMatch(PersonName::isNameCharacter);
        return allowed ? null : "validation.name.illegalCharacter";
    }

    public static int codePointLength(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    private static boolean isNameCharacter(int cp) {
        return Character.isLetter(cp) || cp == IDEOGRAPHIC_ZERO || cp == MIDDLE_DOT || cp == ' ' || cp == '-'
                || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isMiddleDotLookAlike(int cp) {
        return cp == 0x00B7 || cp == 0x2022 || cp == 0x2027 || cp == 0x30FB || cp == 0xFF0E
                || cp == 0x2219 || cp == 0x22C5 || cp == 0xFF65 || cp == 0x0387;
    }
}
