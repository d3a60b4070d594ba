package org.integritydesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.integritydesk.model.BallotChoice;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.CadreBallotResult;
import org.integritydesk.model.DebriefingDetails;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.RepresentativeKind;
import org.integritydesk.model.SatisfactionFormula;

/**
 * The printed forms of the debriefing: 述职述廉民主测评表 (the blank ballot, numbered copies) and 述职述廉测评结果
 * 汇总表 (tallies and satisfaction per cadre). Templates are loaded once, when this is made; filling takes a
 * moment: call it off the JavaFX thread.
 */
public final class DebriefingReports {
    private final CompiledTemplate ballot = CompiledTemplate.load("/reports/debriefing-ballot.jasper");
    private final CompiledTemplate summary = CompiledTemplate.load("/reports/debriefing-summary.jasper");

    /**
     * {@code copies} blank ballots numbered No. 001, No. 002 … one after another in one document; each copy
     * starts on a new page and counts its own pages.
     */
    public RenderedReport ballots(DebriefingSession session, List<ReportingCadre> cadres, String bureauName, int copies,
            Locale locale) {
        Objects.requireNonNull(session, "session");
        if (copies < 1 || cadres.isEmpty()) {
            throw new IllegalArgumentException("a ballot needs a copy and a reporting cadre");
        }
        ReportMessages m = ReportMessages.forLocale(locale);
        // three boxes to a line, so that no box is split from its word
        StringBuilder boxes = new StringBuilder();
        List<BallotChoice> choices = session.formula().choices();
        for (int i = 0; i < choices.size(); i++) {
            if (i > 0) {
                boxes.append(i % 3 == 0 ? "\n" : "  ");
            }
            boxes.append("□ ").append(label(m, choices.get(i)));
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int order = 1;
        for (ReportingCadre c : cadres) {
            Map<String, Object> row = new HashMap<>();
            row.put("order", String.valueOf(order++));
            row.put("name", c.name());
            // the bureau's own cadres need not repeat its name, which heads the form
            row.put("post", join(Objects.equals(c.unitName(), bureauName) ? null : c.unitName(), c.position()));
            row.put("category", label(m, c.category()));
            row.put("boxes", boxes.toString());
            rows.add(row);
            texts.add(c.name());
            texts.add(c.position());
            texts.add(c.unitName());
        }
        StringBuilder voters = new StringBuilder(m.text("ballot.voter"));
        for (RepresentativeKind k : RepresentativeKind.values()) {
            voters.append(" □ ").append(label(m, k));
        }
        String rule = m.format(session.formula() == SatisfactionFormula.DEFAULT ? "ballot.rule.default"
                : "ballot.rule.weighted");
        // one fill for every copy: the template's group "copy" starts each on a new page, numbered on its own
        List<Map<String, ?>> all = new ArrayList<>(rows.size() * copies);
        for (int copy = 1; copy <= copies; copy++) {
            String number = String.format("%03d", copy);
            for (Map<String, ?> row : rows) {
                Map<String, Object> numbered = new HashMap<>(row);
                numbered.put("copy", number);
                all.add(numbered);
            }
        }
        Map<String, Object> p = base(m, bureauName, locale);
        p.put("YEAR_TEXT", m.format("form.year", session.year()));
        p.put("SESSION_TEXT", m.format("ballot.session", m.date(session.date()), session.place()));
        p.put("RULE_TEXT", rule);
        p.put("VOTER_TEXT", voters.toString());
        JasperPrint combined = ballot.fill(p, new JRMapCollectionDataSource(all));
        texts.add(session.place());
        return rendered(combined, m.text("ballot.title"), bureauName, texts);
    }

    /** 述职述廉测评结果汇总表: one sheet per session, in the order given, appended into one document. */
    public RenderedReport summary(List<DebriefingDetails> sessions, String bureauName, LocalDate printedOn,
            Locale locale) {
        if (sessions == null || sessions.isEmpty()) {
            throw new IllegalArgumentException("no sessions to print");
        }
        ReportMessages m = ReportMessages.forLocale(locale);
        JasperPrint combined = null;
        List<String> texts = new ArrayList<>();
        for (DebriefingDetails d : sessions) {
            DebriefingSession s = d.session();
            SatisfactionFormula formula = s.formula();
            List<Map<String, ?>> rows = new ArrayList<>();
            int order = 1;
            for (CadreBallotResult r : d.results()) {
                Map<String, Object> row = new HashMap<>();
                row.put("order", String.valueOf(order++));
                row.put("name", r.cadre().name());
                row.put("category", label(m, r.cadre().category()));
                BallotTally t = r.finalTally();
                if (t != null) {
                    row.put("issued", String.valueOf(t.issued()));
                    row.put("returned", String.valueOf(t.returned()));
                    row.put("voided", String.valueOf(t.voided()));
                    row.put("valid", String.valueOf(t.valid()));
                    row.put("satisfied", count(formula, t, BallotChoice.SATISFIED));
                    row.put("fairly", count(formula, t, BallotChoice.FAIRLY_SATISFIED));
                    row.put("basically", count(formula, t, BallotChoice.BASICALLY_SATISFIED));
                    row.put("less", count(formula, t, BallotChoice.LESS_SATISFIED));
                    row.put("unsatisfied", count(formula, t, BallotChoice.UNSATISFIED));
                    row.put("abstained", String.valueOf(t.abstained()));
                }
                row.put("satisfaction", r.satisfaction() == null ? "—" : r.satisfaction().toPlainString() + "%");
                row.put("note", note(m, s, r));
                rows.add(row);
                texts.add(r.cadre().name());
            }
            Map<String, Object> p = base(m, bureauName, locale);
            p.put("YEAR_TEXT", m.format("form.year", s.year()));
            p.put("SESSION_TEXT", m.format("summary.session", s.number(), m.date(s.date()), s.place(),
                    s.organisingUnitName()));
            p.put("FORMULA_TEXT", m.format("summary.formula", label(m, formula),
                    m.text(formula == SatisfactionFormula.DEFAULT ? "summary.formula.default"
                            : "summary.formula.weighted")));
            int quorum = s.expectedVoters() / 2 + 1;
            p.put("QUORUM_TEXT", m.format("summary.quorum", s.expectedVoters(), quorum));
            p.put("STATE_TEXT", m.text(d.isFinal() ? "summary.state.final" : "summary.state.pending")
                    + (s.doubleEntry() ? m.text("summary.state.doubleEntry") : ""));
            p.put("PRINTED_ON", m.date(printedOn));
            texts.add(s.place());
            texts.add(s.organisingUnitName());
            JasperPrint sheet = summary.fill(p, new JRMapCollectionDataSource(rows));
            if (combined == null) {
                combined = sheet;
            } else {
                for (JRPrintPage page : sheet.getPages()) {
                    combined.addPage(page);
                }
            }
        }
        return rendered(combined, m.format("summary.title", ""), bureauName, texts);
    }

    private static String count(SatisfactionFormula formula, BallotTally t, BallotChoice choice) {
        return formula.offers(choice) ? String.valueOf(t.count(choice)) : "—";
    }

    private static String note(ReportMessages m, DebriefingSession s, CadreBallotResult r) {
        if (!r.state().isFinal()) {
            return label(m, r.state());
        }
        if (!r.quorum()) {
            return m.text("summary.note.noQuorum");
        }
        return r.satisfaction() == null ? m.text("summary.note.noValid") : label(m, r.state());
    }

    private static String join(String unit, String position) {
        if (unit == null || unit.isBlank()) {
            return position;
        }
        return position == null || position.isBlank() ? unit : unit + " " + position;
    }

    private static Map<String, Object> base(ReportMessages m, String bureauName, Locale locale) {
        Map<String, Object> p = new HashMap<>();
        p.put("BUREAU_NAME", bureauName);
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, m.bundle());
        return p;
    }

    private static String label(ReportMessages m, Labelled value) {
        return value == null ? "" : m.text(value.messageKey());
    }

    private static RenderedReport rendered(JasperPrint print, String title, String bureauName, List<String> texts) {
        print.setName(title);
        List<String> all = new ArrayList<>(texts);
        all.add(bureauName);
        return new RenderedReport(print, title, bureauName,
                GlyphCoverage.missingIn(all.stream().filter(Objects::nonNull).toList()));
    }
}
