package org.integritydesk.model;

import java.util.List;
import java.util.Optional;

/**
 * The one registry of record kinds that exchange packages carry, in the order a package applies
 * them (a row's references come before it). A feature that adds a table adds one line here; see
 * docs/decisions/0013-exchange-packages.md. Not exchanged: users and their keys (each site has its
 * own), settings, the audit trail (each site's own chain; an import is one audited event), closed
 * years. Derived counters (activity_unit_tally, an activity's counts) travel with their rows.
 */
public final class ExchangeKinds {
    public static final List<ExchangeKind> ALL = List.of(
            new ExchangeKind("org_unit", List.of("id"), ExchangeKind.Owner.COUNTY, "parent_id"),
            ExchangeKind.byCreator("cadre", "id"),
            ExchangeKind.byCreator("family_business", "id"),
            ExchangeKind.byCreator("education_base", "id"),
            ExchangeKind.byCreator("education_activity", "id"),
            ExchangeKind.byCreator("activity_attendee", "activity_id", "cadre_id"),
            ExchangeKind.byCreator("activity_unit_tally", "activity_id", "unit_id"),
            ExchangeKind.byCreator("integrity_talk", "id"),
            ExchangeKind.byCreator("integrity_commitment", "id"),
            ExchangeKind.byCreator("regulation", "id"),
            ExchangeKind.byCreator("supervision_visit", "id"),
            ExchangeKind.byCreator("rectification", "id"),
            ExchangeKind.byCreator("rectification_event", "id"),
            ExchangeKind.byCreator("visit_finding", "id"),
            ExchangeKind.byCreator("self_inspection_campaign", "id"),
            ExchangeKind.byCreator("self_inspection_item", "campaign_id", "position"),
            ExchangeKind.byCreator("self_inspection_unit", "campaign_id", "unit_id"),
            ExchangeKind.byCreator("self_inspection_declaration", "id"),
            ExchangeKind.byCreator("self_inspection_answer", "declaration_id", "position"),
            ExchangeKind.byCreator("debriefing_session", "id"),
            ExchangeKind.byCreator("debriefing_cadre", "id"),
            ExchangeKind.byCreator("debriefing_representative", "id"),
            ExchangeKind.byCreator("ballot_tally", "id"),
            ExchangeKind.byCreator("debriefing_comment", "id"),
            // the county breaks its responsibility down; each site reports its own progress
            ExchangeKind.byCounty("responsibility_task", "id"),
            ExchangeKind.byCreator("responsibility_progress", "id"),
            ExchangeKind.byCreator("sanction", "id"),
            // the county sets the assessment scheme, enters the scores and computes the year
            ExchangeKind.byCounty("assessment_scheme", "scheme_year"),
            new ExchangeKind("assessment_indicator", List.of("id"), ExchangeKind.Owner.COUNTY, "parent_id"),
            ExchangeKind.byCounty("assessment_entry", "entry_year", "cadre_id"),
            ExchangeKind.byCounty("assessment_entry_line", "entry_year", "cadre_id", "line_kind", "position"),
            ExchangeKind.byCounty("assessment_run", "run_year"),
            ExchangeKind.byCounty("assessment_run_indicator", "run_year", "position"),
            ExchangeKind.byCounty("assessment_result", "result_year", "cadre_id"),
            // the metadata only: the encrypted file stays at the site that holds it
            ExchangeKind.byCreator("attachment", "id"));

    private ExchangeKinds() {
    }

    public static Optional<ExchangeKind> byTable(String table) {
        return ALL.stream().filter(k -> k.table().equals(table)).findFirst();
    }

    /** The kind's position in {@link #ALL}: packages apply lower positions first. */
    public static int order(String table) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).table().equals(table)) {
                return i;
            }
        }
        return -1;
    }
}
