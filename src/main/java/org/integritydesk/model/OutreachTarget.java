package org.integritydesk.model;

/** 六进: the places integrity education reaches (社区、家庭、学校、企业、农村、机关). Stored by name: never rename a constant. */
public enum OutreachTarget implements Labelled {
    COMMUNITY, FAMILY, SCHOOL, ENTERPRISE, RURAL, INSTITUTION;

    @Override
    public String messageKey() {
        return "enum.outreachTarget." + name();
    }
}
