package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.integritydesk.model.InspectionArea;
import org.integritydesk.model.MonitoringGroup;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.VisitFinding;
import org.integritydesk.model.VisitKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 整改通知书, 整改台账 and 监督检查记录表 as a PDF reader sees them. */
class RectificationReportsTest {
    private static final String BUREAU = "吉安县市场监督管理局";
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    /** A name with a character of CJK Extension B, which lies outside the BMP. */
    private static final String RARE_NAME = "王" + new String(Character.toChars(0x20BB7)) + "明";
    private static final String ID_NUMBER = "36082119850314019X";
    private static RectificationReports reports;

    @BeforeAll
    static void load() {
        reports = new RectificationReports();
    }

    static Rectification item(String number, RectificationStatus status, LocalDate deadline, String description) {
        UUID unit = UUID.randomUUID();
        return new Rectification(UUID.randomUUID(), number, ProblemSource.SUPERVISION, unit, "城关分局", UUID.randomUUID(),
                RARE_NAME, ProblemCategory.CIVIL_SERVICE, ProblemSeverity.RECURRING, ProblemResponse.RETURN_VISIT_EDUCATION,
                description, LocalDate.of(2025, 2, 10), "开展文明服务培训，公开监督电话", unit, "城关分局", "张建国",
                deadline, status, null, null, status == RectificationStatus.VERIFIED ? "inspector" : null,
                status == RectificationStatus.VERIFIED ? LocalDate.of(2025, 3, 1) : null, null,
                LocalDate.of(2025, 6, 1), null, null, new RecordStamp(Instant.EPOCH, Instant.EPOCH, "x", "360821", 1));
    }

    private static void fontsEmbedded(PdfText pdf) {
        assertThat(pdf.fonts()).isNotEmpty();
        assertThat(pdf.fonts()).allMatch(PdfText.PDFontInfo::embedded);
    }

    @Test
    void theNoticeNamesTheUnitTheProblemTheDeadlineAndHasAReplySlip() {
        PdfText pdf = PdfText.of(reports.notice(item("ZG-2025-0007", RectificationStatus.OPEN, LocalDate.of(2025, 3, 31),
                "窗口人员服务态度生硬"), BUREAU, TODAY, Locale.SIMPLIFIED_CHINESE));
        String text = pdf.all();
        assertThat(text).contains("整改通知书", "编号：ZG-2025-0007", "城关分局：", "窗口人员服务态度生硬", "反复性问题",
                "回访教育", "2025年3月31日前完成整改", "整改回执", "整改落实情况", "单位负责人签字", RARE_NAME, BUREAU,
                "第 1 页", "共 1 页");
        assertThat(pdf.pages()).hasSize(1);
        fontsEmbedded(pdf);
    }

    @Test
    void theLedgerIsLandscapeMarksOverdueItemsAndMasksIdNumbers() {
        List<Rectification> items = List.of(
                item("ZG-2025-0001", RectificationStatus.OPEN, LocalDate.of(2025, 3, 1), "执法时未出示证件"),
                item("ZG-2025-0002", RectificationStatus.VERIFIED, LocalDate.of(2025, 3, 1), "群众举报，身份证 " + ID_NUMBER),
                item("ZG-2025-0003", RectificationStatus.RECTIFYING, LocalDate.of(2025, 4, 1), "窗口迟到"));
        RenderedReport report = reports.ledger(items, BUREAU, "来源：监督检查", TODAY, Locale.SIMPLIFIED_CHINESE);
        PdfText pdf = PdfText.of(report);
        String text = pdf.all();
        assertThat(text).contains("问题整改台账", "筛选条件：来源：监督检查", "共 3 项，其中逾期 1 项", "ZG-2025-0001",
                "ZG-2025-0002", "ZG-2025-0003", "（已逾期）", "已销号", "inspector", RARE_NAME);
        assertThat(text).doesNotContain(ID_NUMBER);
        assertThat(report.renderPagePng(0, 0.2f)).isNotEmpty();
        fontsEmbedded(pdf);
    }

    @Test
    void anEmptyLedgerSaysSo() {
        PdfText pdf = PdfText.of(reports.ledger(List.of(), BUREAU, "", TODAY, Locale.SIMPLIFIED_CHINESE));
        assertThat(pdf.all()).contains("无相关记录", "筛选条件：全部");
    }

    @Test
    void theVisitRecordListsEveryAreaAndSignatureLinesOneSheetPerVisit() {
        SupervisionVisit visit = new SupervisionVisit(UUID.randomUUID(), "JC-2025-003", LocalDate.of(2025, 3, 10),
                VisitKind.UNANNOUNCED, UUID.randomUUID(), "城关分局", MonitoringGroup.CONDUCT, "王芳、刘静", "张建国",
                "上午十时到达", List.of(VisitFinding.none(InspectionArea.LAWFUL_ADMINISTRATION),
                        new VisitFinding(InspectionArea.CIVIL_SERVICE, true, "窗口人员服务态度生硬", UUID.randomUUID(),
                                RARE_NAME, ProblemSeverity.MINOR_VIOLATION, "培训", LocalDate.of(2025, 3, 31),
                                UUID.randomUUID(), "ZG-2025-0009")), RecordStamp.NEW);
        PdfText pdf = PdfText.of(reports.visitRecords(List.of(visit, visit), BUREAU, Locale.SIMPLIFIED_CHINESE));
        assertThat(pdf.pages()).hasSize(2);
        assertThat(pdf.pages().get(0)).contains("监督检查记录表", "编号：JC-2025-003", "暗访", "行风监督组", "王芳、刘静",
                "依法行政", "无问题", "文明服务", "有问题", "窗口人员服务态度", RARE_NAME, "ZG-2025-0009",
                "检查组成员签字", "被检查单位负责人签字", "共 1 页");
        fontsEmbedded(pdf);
    }

    @Test
    void printsInEnglishToo() {
        PdfText pdf = PdfText.of(reports.notice(item("ZG-2025-0007", RectificationStatus.OPEN, LocalDate.of(2025, 3, 31),
                "late"), BUREAU, TODAY, Locale.ENGLISH));
        assertThat(pdf.all()).contains("Rectification notice", "Reply slip", "return-visit education");
    }
}
