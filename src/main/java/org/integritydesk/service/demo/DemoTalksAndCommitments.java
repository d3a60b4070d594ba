package org.integritydesk.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.Commitment;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Talk;
import org.integritydesk.model.TalkKind;
import org.integritydesk.store.CommitmentRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.TalkRepository;

/**
 * A year of integrity talks and commitments for the demo cadres: pre-appointment talks for most
 * (deliberately not all) active cadres in an important position, routine and reminder talks, a
 * few admonishment talks, and a commitment for every active cadre, most of them signed early in
 * the year. Drawn from its own random stream of the seed, so adding it left the cadres of a seed
 * as they were; the cadres are taken in key order, which the seed also fixes.
 */
final class DemoTalksAndCommitments {
    static final double PRE_APPOINTMENT_SHARE = 0.85;
    static final double ROUTINE_SHARE = 0.08;
    static final double REMINDER_SHARE = 0.03;
    static final double SIGNED_SHARE = 0.86;
    private static final long STREAM = 0x7A1C_C0DEL;

    /** What was added. */
    record Counts(int talks, int commitments) {
    }

    private static final List<String> PRE_APPOINTMENT = List.of(
            "任前廉政谈话：宣布任职决定，重申党风廉政建设责任制和“一岗双责”要求，提醒严守政治纪律、廉洁纪律，正确行使{0}岗位权力。",
            "结合{0}岗位的廉政风险点，讲清行政审批、执法检查中的廉洁要求，要求带头遵守中央八项规定精神，主动接受监督。",
            "任前谈话：通报近期系统内典型案例，要求新任{0}严格依法行政，不插手招投标和政府采购，如实报告个人有关事项。");
    private static final List<String> ROUTINE = List.of(
            "日常廉政谈话：了解近期工作和思想状况，强调节假日期间严守纪律，不收受管理服务对象礼品礼金。",
            "结合年度党风廉政建设工作部署，交流{0}岗位履职情况，提醒注意执法程序规范和文明服务。",
            "日常谈心谈话：听取对本单位作风建设的意见建议，勉励继续保持清正廉洁的工作作风。");
    private static final List<String> REMINDER = List.of(
            "提醒谈话：群众反映执法检查中态度生硬、办事拖拉，提醒端正服务态度，提高工作效能。",
            "提醒谈话：发现存在工作日午间饮酒苗头，提醒严格遵守工作纪律和禁酒规定。",
            "提醒谈话：有管理服务对象反映其配偶在辖区内经营，提醒如实报告并主动回避相关事项。");
    private static final List<String> ADMONISHMENT = List.of(
            "诫勉谈话：在市场监管执法检查中违规接受管理服务对象宴请，情节轻微，予以诫勉，责令作出书面检查。",
            "诫勉谈话：办理登记事项时推诿拖延、吃拿卡要，经核实属实，予以诫勉，限期整改并跟踪回访。");
    private static final List<String> STATEMENTS = List.of(
            "本人表示接受组织谈话，将严格遵守廉洁自律各项规定，自觉接受监督。",
            "认识到问题的严重性，诚恳接受批评，保证立即改正，决不再犯。",
            "感谢组织的提醒和关心，今后一定严于律己，依法履职，廉洁从政。",
            "表示将以此为戒，加强学习，管好自己、管好家人、管好身边人。");
    private static final List<String> FOLLOW_UPS = List.of(
            "三个月后回访，了解整改落实情况。",
            "纳入年度廉政档案，年底述职述廉时报告落实情况。",
            "");

    private final DemoRandom random;
    private final int year;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    DemoTalksAndCommitments(long seed, int year, LocalDate today) {
        this.random = new DemoRandom(seed ^ STREAM);
        this.year = year;
        this.firstDay = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        this.lastDay = end.isAfter(today) ? today : end;
    }

    Counts fill(List<CadreSummary> all, TalkRepository talks, CommitmentRepository commitments, Stamping stamp) {
        List<CadreSummary> active = all.stream().filter(c -> c.status() == CadreStatus.ACTIVE)
                .sorted(Comparator.comparing(c -> c.id().toString())).toList();
        if (active.isEmpty()) {
            return new Counts(0, 0);
        }
        List<CadreSummary> leaders = active.stream().filter(c -> c.category() == CadreCategory.LEADING).toList();
        List<CadreSummary> recorders = active.stream().filter(c -> c.category() == CadreCategory.MIDDLE_LEVEL)
                .limit(12).toList();
        if (leaders.isEmpty()) {
            leaders = active.subList(0, Math.min(3, active.size()));
        }
        if (recorders.isEmpty()) {
            recorders = active.subList(0, Math.min(3, active.size()));
        }
        List<Talk> newTalks = new ArrayList<>();
        List<Commitment> newCommitments = new ArrayList<>();
        int admonishments = Math.max(2, active.size() / 400);
        for (CadreSummary c : active) {
            if (c.importantPosition() && random.chance(PRE_APPOINTMENT_SHARE)) {
                newTalks.add(talk(c, TalkKind.PRE_APPOINTMENT, PRE_APPOINTMENT, leaders, recorders));
            }
            if (random.chance(ROUTINE_SHARE)) {
                newTalks.add(talk(c, TalkKind.ROUTINE, ROUTINE, leaders, recorders));
            }
            if (random.chance(REMINDER_SHARE)) {
                newTalks.add(talk(c, TalkKind.REMINDER, REMINDER, leaders, recorders));
            }
            LocalDate signed = random.chance(SIGNED_SHARE) ? signingDate() : null;
            newCommitments.add(new Commitment(random.uuid(), c.id(), c.unitId(), year, signed, null, RecordStamp.NEW,
                    null));
        }
        for (int i = 0; i < admonishments && active.size() > 1; i++) {
            CadreSummary c = active.get(random.below(active.size()));
            newTalks.add(talk(c, TalkKind.ADMONISHMENT, ADMONISHMENT, leaders, recorders));
        }
        talks.insertAll(newTalks, stamp);
        commitments.insertAll(newCommitments, stamp);
        return new Counts(newTalks.size(), newCommitments.size());
    }

    private LocalDate signingDate() {
        LocalDate from = LocalDate.of(year, 1, 4);
        LocalDate to = LocalDate.of(year, 3, 31);
        if (to.isAfter(lastDay)) {
            to = lastDay;
        }
        return from.isAfter(to) ? lastDay : random.dateBetween(from, to);
    }

    private Talk talk(CadreSummary cadre, TalkKind kind, List<String> contents, List<CadreSummary> leaders,
            List<CadreSummary> recorders) {
        CadreSummary talker = other(leaders, cadre);
        CadreSummary recorder = other(recorders, cadre);
        String position = cadre.position() == null ? "" : cadre.position();
        String content = random.pick(contents).replace("{0}", position);
        String followUp = random.pick(FOLLOW_UPS);
        LocalDate date = random.dateBetween(firstDay, lastDay);
        return new Talk(random.uuid(), cadre.id(), kind, date, talker == null ? "局党组书记" : talker.name(),
                talker == null ? null : talker.id(), recorder == null ? "纪检监察室" : recorder.name(), content,
                random.pick(STATEMENTS), followUp.isEmpty() ? null : followUp, RecordStamp.NEW, null);
    }

    /** Someone from {@code pool} who is not {@code cadre}; null when the pool holds only them. */
    private CadreSummary other(List<CadreSummary> pool, CadreSummary cadre) {
        for (int tries = 0; tries < 4; tries++) {
            CadreSummary pick = random.pick(pool);
            if (!pick.id().equals(cadre.id())) {
                return pick;
            }
        }
        return pool.stream().filter(p -> !p.id().equals(cadre.id())).findFirst().orElse(null);
    }
}
