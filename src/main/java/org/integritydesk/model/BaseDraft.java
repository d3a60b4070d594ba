package org.integritydesk.model;

/** What the education-base form holds before it is checked and saved. */
public record BaseDraft(String name, BaseKind kind, BaseTheme theme, String address, boolean demonstrationSite,
        String notes) {
}
