package org.integritydesk.model;

/** 教育基地主题: 忠诚教育、革命传统教育、勤廉教育、创新创业教育. Stored by name: never rename a constant. */
public enum BaseTheme implements Labelled {
    LOYALTY, REVOLUTIONARY_TRADITION, DILIGENCE_AND_INTEGRITY, INNOVATION;

    @Override
    public String messageKey() {
        return "enum.baseTheme." + name();
    }
}
