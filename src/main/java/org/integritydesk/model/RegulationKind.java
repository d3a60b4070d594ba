package org.integritydesk.model;

/** The kinds of rule the bureau keeps in its register (制度建设). Stored by name: never rename one. */
public enum RegulationKind implements Labelled {
    /** 机关效能建设制度 */
    OFFICE_EFFICIENCY,
    /** 党风廉政建设制度 */
    CLEAN_GOVERNMENT,
    /** 学习制度 */
    STUDY,
    /** 效能问责制度 */
    EFFICIENCY_ACCOUNTABILITY,
    /** 绩效考核制度 */
    PERFORMANCE_APPRAISAL,
    /** 商业贿赂治理制度 */
    COMMERCIAL_BRIBERY,
    /** 作风建设监督制度 */
    WORK_STYLE_SUPERVISION,
    /** 其他 */
    OTHER;

    @Override
    public String messageKey() {
        return "enum.regulationKind." + name();
    }
}
