package org.integritydesk.service.demo;

import static org.integritydesk.model.CadreCategory.GENERAL;
import static org.integritydesk.model.CadreCategory.LAW_ENFORCEMENT;

import java.util.List;
import org.integritydesk.model.UnitKind;

/**
 * The units and positions of the demo bureau, Ji'an County Market Regulation Bureau: its leading
 * group, three departments and six grass-roots sub-bureaus. Unit codes are the bureau's code and
 * two digits, so they sort and group under it.
 */
final class DemoUnits {
    static final String BUREAU_NAME = "吉安县市场监督管理局";
    static final String BUREAU_CODE = DemoIdNumbers.HOME_AREA;

    /** A unit to create below the county bureau, with who works there. */
    record UnitPlan(String codeSuffix, String name, UnitKind kind, List<DemoRole> headRoles, int staffWeight,
            WeightedChoice<DemoRole> staffRoles) {

        String codeUnder(String bureauCode) {
            return bureauCode + codeSuffix;
        }
    }

    /** The leading group sits in the county bureau itself. */
    static final List<DemoRole> BUREAU_LEADERS = List.of(
            DemoRole.leader("局长", 45), DemoRole.leader("副局长", 38), DemoRole.leader("副局长", 38),
            DemoRole.leader("副局长", 38), DemoRole.leader("纪检组长", 40));

    private static final DemoRole CLERK = DemoRole.staff("科员", GENERAL, false);
    private static final DemoRole ASSISTANT = DemoRole.staff("办事员", GENERAL, false);
    private static final WeightedChoice<DemoRole> DEPARTMENT_STAFF = WeightedChoice.of(List.of(CLERK, ASSISTANT), 4, 1);
    private static final WeightedChoice<DemoRole> OFFICE_STAFF = WeightedChoice.of(List.of(CLERK, ASSISTANT,
            DemoRole.staff("会计", GENERAL, true), DemoRole.staff("出纳", GENERAL, true)), 6, 2, 1, 1);
    /** Most people of a sub-bureau enforce the law; licensing and case review are important posts. */
    private static final WeightedChoice<DemoRole> SUB_BUREAU_STAFF = WeightedChoice.of(List.of(
            DemoRole.staff("执法人员", LAW_ENFORCEMENT, false), DemoRole.staff("市场监管员", LAW_ENFORCEMENT, false),
            DemoRole.staff("案件审核员", LAW_ENFORCEMENT, true), DemoRole.staff("登记注册员", GENERAL, true),
            CLERK, ASSISTANT), 50, 20, 4, 8, 12, 6);

    static final List<UnitPlan> CHILDREN = List.of(
            department("01", "办公室", List.of(DemoRole.unitHead("办公室主任", true, 35),
                    DemoRole.unitHead("办公室副主任", false, 30)), 8, OFFICE_STAFF),
            department("02", "纪检监察室", List.of(DemoRole.unitHead("纪检监察室主任", false, 35)), 4, DEPARTMENT_STAFF),
            department("03", "人事股", List.of(DemoRole.unitHead("股长", true, 35)), 4, DEPARTMENT_STAFF),
            subBureau("04", "城关分局", 22),
            subBureau("05", "敦厚分局", 14),
            subBureau("06", "永和分局", 12),
            subBureau("07", "桐坪分局", 10),
            subBureau("08", "固江分局", 12),
            subBureau("09", "万福分局", 10));

    private DemoUnits() {
    }

    private static UnitPlan department(String suffix, String name, List<DemoRole> heads, int staffWeight,
            WeightedChoice<DemoRole> staff) {
        return new UnitPlan(suffix, name, UnitKind.DEPARTMENT, heads, staffWeight, staff);
    }

    private static UnitPlan subBureau(String suffix, String name, int staffWeight) {
        List<DemoRole> heads = List.of(DemoRole.unitHead("分局局长", true, 35), DemoRole.unitHead("分局副局长", false, 30));
        return new UnitPlan(suffix, name, UnitKind.SUB_BUREAU, heads, staffWeight, SUB_BUREAU_STAFF);
    }
}
