package org.integritydesk.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.integritydesk.model.ExchangeKinds;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationDraft;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.model.UnitKind;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.UnitService;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county bureau and three sub-bureaus, each its own H2 database, edit at random for many rounds
 * while their packages are lost, duplicated, reordered and replayed. At the end every site holds the
 * same exchanged records, and no edit vanished unseen: every value ever written is in the final
 * data, or was overwritten by a user who had it on screen, or was listed in a conflict.
 */
class ExchangeSimulationTest {
    private static final Map<String, String> TOKEN_COLUMN = Map.of("regulation", "summary", "org_unit", "name",
            "cadre", "notes");

    @TempDir
    Path dir;

    private final Random random = new Random(20261126);
    private final List<ExchangeSite> sites = new ArrayList<>();
    private final Set<String> written = new HashSet<>();
    private final Set<String> overwrittenKnowingly = new HashSet<>();
    private final Set<String> surfaced = new HashSet<>();
    private int counter;
    private int conflictsSeen;
    private int alreadyImported;
    private int lostCovered;
    /** Attachments made at the sub-bureaus: id → SHA-256 of the file's bytes as the user attached them. */
    private final Map<String, String> attached = new HashMap<>();
    private int filesHeldForLater;

    @AfterEach
    void close() {
        sites.forEach(ExchangeSite::close);
    }

    @Test
    void countyAndThreeSubBureausEndIdenticalWithEveryConflictSurfaced() throws Exception {
        ExchangeSite county = ExchangeSite.create(ExchangeSite.COUNTY, dir);
        sites.add(county);
        Map<String, OrgUnit> subUnits = new HashMap<>();
        for (String code : List.of("360822", "360823", "360824")) {
            ExchangeSite sub = ExchangeSite.create(code, dir);
            ExchangeSite.pair(county, sub);
            sites.add(sub);
            // a small package budget, so that files also wait for later packages (lost, reordered ones too)
            sub.exchange.fileBudget(150_000);
            OrgUnit root = county.services.units.tree().roots().get(0);
            String name = token("分局");
            subUnits.put(code, county.services.units.create(new UnitService.UnitDraft(root.id(), code, name,
                    UnitKind.SUB_BUREAU, 1)));
        }
        // two files that together exceed the budget before the first package, so that holding a file
        // for the next package is exercised whatever the random rounds bring
        ExchangeSite first = sites.get(1);
        first.services.regulations.create(new RegulationDraft("制度" + (++counter), null, LocalDate.of(2025, 1, 2),
                RegulationKind.CLEAN_GOVERNMENT, "县局", RegulationStatus.IN_FORCE, null, token("摘要")));
        attach(first, 100_000);
        attach(first, 100_000);
        // what is in flight per direction ("from>to"), and what was delivered (for replays)
        Map<String, List<Path>> inFlight = new LinkedHashMap<>();
        Map<String, List<Path>> delivered = new HashMap<>();
        for (int round = 0; round < 24; round++) {
            for (ExchangeSite site : sites) {
                int edits = random.nextInt(4);
                for (int i = 0; i < edits; i++) {
                    edit(site, subUnits.get(site.code));
                }
                decideSome(site, 0.3);
            }
            for (ExchangeSite sub : sites.subList(1, sites.size())) {
                send(sub, county, round, inFlight, true);
                send(county, sub, round, inFlight, true);
            }
            for (var entry : inFlight.entrySet()) {
                List<Path> queue = entry.getValue();
                Collections.shuffle(queue, random);
                int n = random.nextInt(queue.size() + 1);
                List<Path> now = new ArrayList<>(queue.subList(0, n));
                queue.subList(0, n).clear();
                List<Path> history = delivered.computeIfAbsent(entry.getKey(), k -> new ArrayList<>());
                if (!history.isEmpty() && random.nextDouble() < 0.2) {
                    now.add(history.get(random.nextInt(history.size())));
                }
                for (Path file : now) {
                    deliver(entry.getKey(), file);
                    history.add(file);
                }
            }
        }
        // quiet rounds: users decide every open conflict (the owner keeps its version, others take
        // the owner's), packages travel without loss, until nothing is left to do
        for (int round = 0; round < 12; round++) {
            for (ExchangeSite site : sites) {
                decideSome(site, 1.0);
            }
            Map<String, List<Path>> clean = new LinkedHashMap<>();
            for (ExchangeSite sub : sites.subList(1, sites.size())) {
                send(sub, county, 100 + round, clean, false);
            }
            clean.forEach((direction, files) -> files.forEach(f -> deliver(direction, f)));
            clean.clear();
            for (ExchangeSite sub : sites.subList(1, sites.size())) {
                send(county, sub, 100 + round, clean, false);
            }
            clean.forEach((direction, files) -> files.forEach(f -> deliver(direction, f)));
            if (sites.stream().allMatch(s -> s.exchange.conflicts(true).isEmpty())
                    && sites.stream().map(ExchangeSite::contents).distinct().count() == 1) {
                break;
            }
        }

        Map<String, Map<String, Long>> reference = county.contents();
        for (ExchangeSite site : sites) {
            assertThat(site.exchange.conflicts(true)).as("open conflicts at %s", site.code).isEmpty();
            assertThat(site.contents().equals(reference)).as("exchanged tables at %s equal the county's", site.code)
                    .isTrue();
        }
        assertThat(reference.get("regulation")).isNotEmpty();
        assertThat(reference.get("cadre")).isNotEmpty();
        assertThat(reference.get("family_business")).isNotEmpty();

        Set<String> finalTokens = finalTokens(county);
        Set<String> vanished = new HashSet<>(written);
        vanished.removeAll(finalTokens);
        vanished.removeAll(overwrittenKnowingly);
        vanished.removeAll(surfaced);
        assertThat(vanished).as("edits that vanished without a conflict").isEmpty();
        // the run exercised what it claims to
        assertThat(conflictsSeen).isGreaterThan(5);
        assertThat(alreadyImported).isGreaterThan(0);
        assertThat(lostCovered).isGreaterThan(0);
        assertThat(written.size()).isGreaterThan(100);

        // every attachment made at a sub-bureau arrived, whole, at the county and at every other site
        Map<String, String> atCounty = county.attachmentContents();
        assertThat(attached).hasSizeGreaterThanOrEqualTo(5);
        assertThat(atCounty).containsAllEntriesOf(attached);
        for (ExchangeSite site : sites) {
            assertThat(site.attachmentContents()).as("attachments at %s", site.code).isEqualTo(atCounty);
        }
        assertThat(filesHeldForLater).isGreaterThan(0);
    }

    private String token(String prefix) {
        String token = prefix + "T" + (++counter);
        written.add(token);
        return token;
    }

    private void edit(ExchangeSite site, OrgUnit ownUnit) {
        var s = site.services;
        int op = random.nextInt(12);
        if (op >= 10 && !site.code.equals(ExchangeSite.COUNTY) && !s.regulations.list().isEmpty()) {
            attach(site);
            return;
        }
        List<Regulation> regulations = s.regulations.list();
        if (op < 3 || regulations.isEmpty()) {
            s.regulations.create(new RegulationDraft("制度" + (++counter), null, LocalDate.of(2025, 1, 1 + random.nextInt(28)),
                    RegulationKind.CLEAN_GOVERNMENT, "县局", RegulationStatus.IN_FORCE, null, token("摘要")));
        } else if (op < 6) {
            Regulation r = regulations.get(random.nextInt(regulations.size()));
            overwrittenKnowingly.add(r.summary());
            s.regulations.update(r.id(), r.version(), new RegulationDraft(r.title(), r.documentNumber(), r.issuedOn(),
                    r.kind(), r.issuingUnit(), r.status(), r.repealedOn(), token("摘要")));
        } else if (op < 7) {
            Regulation r = regulations.get(random.nextInt(regulations.size()));
            s.regulations.delete(r.id(), r.version());
        } else if (op == 7) {
            List<OrgUnit> units = s.units.list().stream().filter(u -> !u.isRoot()).toList();
            if (!units.isEmpty()) {
                OrgUnit u = units.get(random.nextInt(units.size()));
                overwrittenKnowingly.add(u.name());
                s.units.update(u.id(), u.stamp().version(), new UnitService.UnitDraft(u.parentId(), u.code(),
                        token("单位"), u.kind(), u.sortOrder()));
            }
        } else {
            OrgUnit unit = ownUnit != null && s.units.list().stream().anyMatch(u -> u.id().equals(ownUnit.id()))
                    ? ownUnit : s.units.tree().roots().get(0);
            int n = ++counter;
            String birth = LocalDate.of(1970, 1, 1).plusDays(n).format(DateTimeFormatter.BASIC_ISO_DATE);
            s.cadres.create(DraftBuilder.draft(unit.id()).name(chineseName(n)).idNumber(IdNumbers.of("360821", birth, "017"))
                    .notes(token("备注")).family(DraftBuilder.familyRow(FamilyRelation.SPOUSE, "李" + chineseName(n).substring(1), "某公司"))
                    .build());
        }
    }

    private void attach(ExchangeSite site) {
        attach(site, 1 + random.nextInt(120_000));
    }

    private void attach(ExchangeSite site, int size) {
        List<Regulation> regulations = site.services.regulations.list();
        Regulation r = regulations.get(random.nextInt(regulations.size()));
        byte[] content = new byte[size];
        random.nextBytes(content);
        try {
            Path source = Files.createDirectories(dir.resolve("sources")).resolve("证据照片" + (++counter) + ".jpg");
            Files.write(source, content);
            var attachment = site.attachments.add(org.integritydesk.service.RegulationService.OWNER_TYPE, r.id(), source);
            attached.put(attachment.id().toString(), ExchangeSite.sha256(content));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String chineseName(int n) {
        String digits = "零一二三四五六七八九";
        StringBuilder name = new StringBuilder("张");
        for (char c : Integer.toString(n).toCharArray()) {
            name.append(digits.charAt(c - '0'));
        }
        return name.toString();
    }

    private void decideSome(ExchangeSite site, double share) {
        for (ExchangeService.Conflict c : site.exchange.conflicts(true)) {
            if (random.nextDouble() >= share) {
                continue;
            }
            conflictsSeen++;
            String column = TOKEN_COLUMN.get(c.kind());
            if (column != null) {
                addToken(c.theirs(), column);
                addToken(c.mine(), column);
                site.services.tx.read(() -> site.store.read(ExchangeKinds.byTable(c.kind()).orElseThrow(), c.key()))
                        .ifPresent(row -> addToken(row.asMap(), column));
            }
            boolean keepMine = share < 1.0 ? random.nextBoolean() : c.owner().equals(site.code);
            site.exchange.decide(c.id(), keepMine);
        }
    }

    private void addToken(Map<String, Object> row, String column) {
        if (row != null && row.get(column) != null) {
            surfaced.add(row.get(column).toString());
        }
    }

    private void send(ExchangeSite from, ExchangeSite to, int round, Map<String, List<Path>> inFlight, boolean faults) {
        Path file = dir.resolve("pkg-" + from.code + "-" + to.code + "-" + round + "-" + (++counter) + ".idx");
        ExchangeService.ExportResult exported = from.exchange.export(to.code, file, ProgressListener.NONE);
        filesHeldForLater += (int) exported.heldBack().stream()
                .filter(h -> h.reason() == ExchangeService.HoldReason.NEXT_PACKAGE).count();
        assertThat(exported.heldBack()).allMatch(h -> h.reason() == ExchangeService.HoldReason.NEXT_PACKAGE);
        List<Path> queue = inFlight.computeIfAbsent(from.code + ">" + to.code, k -> new ArrayList<>());
        if (faults && random.nextDouble() < 0.2) {
            return; // lost on the way
        }
        queue.add(file);
        if (faults && random.nextDouble() < 0.15) {
            queue.add(file); // copied twice
        }
    }

    private void deliver(String direction, Path file) {
        String to = direction.substring(direction.indexOf('>') + 1);
        ExchangeSite site = sites.stream().filter(s -> s.code.equals(to)).findFirst().orElseThrow();
        ExchangeService.ImportResult result = site.exchange.importPackage(file, ProgressListener.NONE);
        if (result.outcome() == ExchangeService.Outcome.ALREADY_IMPORTED) {
            alreadyImported++;
        } else if (result.lostFrom() > 0) {
            lostCovered++;
        }
        assertThat(Files.exists(file)).isTrue();
    }

    private Set<String> finalTokens(ExchangeSite site) {
        Set<String> tokens = new HashSet<>();
        site.services.tx.read(() -> {
            for (var entry : TOKEN_COLUMN.entrySet()) {
                site.store.scan(ExchangeKinds.byTable(entry.getKey()).orElseThrow(), row -> {
                    Object value = row.asMap().get(entry.getValue());
                    if (value != null) {
                        tokens.add(value.toString());
                    }
                });
            }
            return null;
        });
        return tokens;
    }
}
