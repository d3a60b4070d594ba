package org.integritydesk.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.integritydesk.model.ExchangeKind;
import org.integritydesk.model.ExchangeKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The registry of exchanged kinds against the schema: every table a migration creates is either
 * exchanged or named here as deliberately not, so a table added by another feature fails this test
 * until someone decides (one line in {@link ExchangeKinds#ALL}, or one here).
 */
class ExchangeKindsTest {
    /**
     * Each site's own: users and keys (the server's key vault too), settings, the audit chain, closed
     * years, the exchange's bookkeeping; and a server's shared attachment copies (a package carries the
     * files themselves).
     */
    private static final Set<String> NOT_EXCHANGED = Set.of("app_user", "app_setting", "audit_event", "audit_head",
            "closed_year", "flyway_schema_history", "exchange_site", "exchange_peer", "exchange_sent", "exchange_row",
            "exchange_conflict", "exchange_change", "key_vault", "attachment_copy");

    @TempDir
    Path dir;

    @Test
    void everyTableIsExchangedOrDeliberatelyNot() throws Exception {
        try (ExchangeSite site = ExchangeSite.create("360821", dir)) {
            Set<String> tables = new TreeSet<>();
            site.services.tx.read(() -> {
                for (ExchangeKind kind : ExchangeKinds.ALL) {
                    // every kind's table and key columns exist: a scan reads them
                    site.store.scan(kind, row -> assertThat(row.columns()).containsAll(kind.keyColumns()));
                }
                return null;
            });
            tables.addAll(site.services.tx.read(site.store::tableNames));
            assertThat(tables).contains("cadre", "org_unit", "exchange_row");
            Set<String> unclassified = new TreeSet<>(tables);
            ExchangeKinds.ALL.forEach(k -> unclassified.remove(k.table()));
            unclassified.removeAll(NOT_EXCHANGED);
            assertThat(unclassified).as("tables neither in ExchangeKinds.ALL nor deliberately not exchanged").isEmpty();
            // and every exchanged table has its change-journal trigger (installed when the site was made)
            assertThat(site.services.tx.read(site.store::journalComplete)).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "org_unit, 36082104, 360821",
        "org_unit, 360821, 360821",
        "cadre, 36082104, 36082104",
        "regulation, 360821, 360821",
        "activity_attendee, 36082105, 36082105",
    })
    void ownerOfANewRow(String table, String creator, String owner) {
        assertThat(ExchangeKinds.byTable(table).orElseThrow().ownerOfNewRow(creator, "360821")).isEqualTo(owner);
    }

    @Test
    void registryOrderPutsReferencesFirst() {
        List<String> order = ExchangeKinds.ALL.stream().map(ExchangeKind::table).toList();
        assertThat(order.indexOf("org_unit")).isLessThan(order.indexOf("cadre"));
        assertThat(order.indexOf("cadre")).isLessThan(order.indexOf("family_business"));
        assertThat(order.indexOf("education_activity")).isLessThan(order.indexOf("activity_attendee"));
        assertThat(order.indexOf("supervision_visit")).isLessThan(order.indexOf("rectification"));
        assertThat(order.indexOf("rectification")).isLessThan(order.indexOf("visit_finding"));
        assertThat(order).doesNotHaveDuplicates();
    }

    @Test
    void badNamesAreRefused() {
        assertThatThrownBy(() -> ExchangeKind.byCreator("cadre; DROP TABLE x", "id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeKind.byCreator("cadre", "id OR 1=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
