package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTreeTest {
    private static final UUID BUREAU = id(1);
    private static final UUID CHENGGUAN = id(2);
    private static final UUID FUTAN = id(3);
    private static final UUID OFFICE = id(4);
    private static final UUID GENERAL_SECTION = id(5);
    private static final UUID LEGAL_SECTION = id(6);
    private static final UUID ENFORCEMENT_TEAM = id(7);

    /** Given out of order on purpose: the tree sorts by sort order, then code. */
    private static final List<OrgUnit> UNITS = List.of(
            unit(LEGAL_SECTION, CHENGGUAN, "360821-0102", "法制股", UnitKind.DEPARTMENT, 2),
            unit(FUTAN, BUREAU, "360821-02", "敦厚分局", UnitKind.SUB_BUREAU, 2),
            unit(ENFORCEMENT_TEAM, LEGAL_SECTION, "360821-010201", "执法队", UnitKind.DEPARTMENT, 0),
            unit(BUREAU, null, "360821", "吉安县市场监督管理局", UnitKind.COUNTY_BUREAU, 0),
            unit(GENERAL_SECTION, CHENGGUAN, "360821-0101", "综合股", UnitKind.DEPARTMENT, 1),
            unit(OFFICE, BUREAU, "360821-00", "办公室", UnitKind.DEPARTMENT, 0),
            unit(CHENGGUAN, BUREAU, "360821-01", "城关分局", UnitKind.SUB_BUREAU, 1));

    private final UnitTree tree = new UnitTree(UNITS);

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static OrgUnit unit(UUID id, UUID parent, String code, String name, UnitKind kind, int order) {
        return new OrgUnit(id, parent, code, name, kind, order, RecordStamp.NEW);
    }

    private static List<String> names(List<OrgUnit> units) {
        return units.stream().map(OrgUnit::name).toList();
    }

    @Test
    void hasTheCountyBureauAsOnlyRoot() {
        assertThat(names(tree.roots())).containsExactly("吉安县市场监督管理局");
    }

    @Test
    void listsChildrenBySortOrderThenCode() {
        assertThat(names(tree.childrenOf(BUREAU))).containsExactly("办公室", "城关分局", "敦厚分局");
    }

    @Test
    void ordersChildrenWithEqualSortOrderByCode() {
        UnitTree sameOrder = new UnitTree(List.of(
                unit(BUREAU, null, "360821", "县局", UnitKind.COUNTY_BUREAU, 0),
                unit(FUTAN, BUREAU, "B2", "乙", UnitKind.SUB_BUREAU, 5),
                unit(CHENGGUAN, BUREAU, "B1", "甲", UnitKind.SUB_BUREAU, 5)));

        assertThat(names(sameOrder.childrenOf(BUREAU))).containsExactly("甲", "乙");
    }

    @Test
    void listsAUnitAndAllItsDescendantsDepthFirst() {
        assertThat(names(tree.selfAndDescendants(CHENGGUAN)))
                .containsExactly("城关分局", "综合股", "法制股", "执法队");
    }

    @Test
    void listsOnlyTheUnitItselfWhenItHasNoChildren() {
        assertThat(names(tree.selfAndDescendants(OFFICE))).containsExactly("办公室");
    }

    @Test
    void listsNothingBelowAnUnknownUnit() {
        assertThat(tree.selfAndDescendants(id(99))).isEmpty();
    }

    @Test
    void listsEveryUnitInDisplayOrder() {
        assertThat(names(tree.inDisplayOrder()))
                .containsExactly("吉安县市场监督管理局", "办公室", "城关分局", "综合股", "法制股", "执法队", "敦厚分局");
    }

    @ParameterizedTest
    @CsvSource({
        "1, 吉安县市场监督管理局",
        "2, 吉安县市场监督管理局 / 城关分局",
        "7, 吉安县市场监督管理局 / 城关分局 / 法制股 / 执法队",
    })
    void givesThePathFromTheRootDown(int unit, String path) {
        assertThat(tree.pathOf(id(unit))).isEqualTo(path);
    }

    @ParameterizedTest(name = "unit {0} under unit {1}: {2}")
    @CsvSource({
        "2, 2, true",    // itself
        "5, 2, true",    // a child
        "7, 2, true",    // a grandchild's child
        "7, 1, true",    // everything is under the bureau
        "1, 2, false",   // the parent
        "3, 2, false",   // a sibling
        "5, 6, false",   // a sibling's subtree
    })
    void detectsWhenAMoveWouldMakeACycle(int candidate, int ancestor, boolean expected) {
        assertThat(tree.isSelfOrDescendant(id(candidate), id(ancestor))).isEqualTo(expected);
    }

    @Test
    void treatsAUnitWhoseParentIsMissingAsARoot() {
        UnitTree partial = new UnitTree(List.of(
                unit(BUREAU, null, "360821", "县局", UnitKind.COUNTY_BUREAU, 0),
                unit(GENERAL_SECTION, CHENGGUAN, "360821-0101", "综合股", UnitKind.DEPARTMENT, 1)));

        assertThat(names(partial.roots())).containsExactly("县局", "综合股");
    }

    @Test
    void stopsBuildingAPathOnCyclicData() {
        UnitTree cyclic = new UnitTree(List.of(
                unit(CHENGGUAN, FUTAN, "A", "甲", UnitKind.SUB_BUREAU, 0),
                unit(FUTAN, CHENGGUAN, "B", "乙", UnitKind.SUB_BUREAU, 0)));

        assertThat(cyclic.pathOf(CHENGGUAN)).contains("甲").contains("乙");
    }

    @Test
    void findsUnitsByIdAndCode() {
        assertThat(tree.find(FUTAN)).map(OrgUnit::name).contains("敦厚分局");
        assertThat(tree.findByCode("360821-0102")).map(OrgUnit::id).contains(LEGAL_SECTION);
        assertThat(tree.find(id(99))).isEmpty();
        assertThat(tree.findByCode("nope")).isEmpty();
    }
}
