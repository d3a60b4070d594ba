package org.integritydesk.model;

/** Who is invited to hear the reports and vote (DOMAIN.md glossary). Stored by name. */
public enum RepresentativeKind implements Labelled {
    /** 人大代表. */
    NPC_DEPUTY,
    /** 政协委员. */
    CPPCC_MEMBER,
    /** 企业代表: carries the enterprise's unified social credit code. */
    ENTERPRISE,
    /** 个体工商户代表. */
    INDIVIDUAL_BUSINESS;

    /** Whether a representative of this kind must give a unified social credit code. */
    public boolean needsCreditCode() {
        return this == ENTERPRISE;
    }

    @Override
    public String messageKey() {
        return "enum.representativeKind." + name();
    }
}
