package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.AttendanceTally;
import org.junit.jupiter.api.Test;

class ActivityListReportTest {
    private static ActivitySummary row(String title, int present, int leave, int absent) {
        return new ActivitySummary(UUID.randomUUID(), ActivityKind.WARNING_FILM, title, LocalDateTime.of(2025, 6, 3, 14, 30),
                new BigDecimal("1.5"), "县局多功能厅", UUID.randomUUID(), "吉安县市场监督管理局", "纪检组长",
                AttendanceTally.of(present, leave, absent, 0, new BigDecimal("1.5").multiply(BigDecimal.valueOf(present))), 1);
    }

    @Test
    void listsEachActivityWithItsAttendanceAndTheTotals() {
        RenderedReport report = new ActivityListReport().fill(List.of(row("观看警示教育片", 18, 1, 1), row("典型案例通报学习", 9, 0, 1)),
                new ActivityListReport.Heading("吉安县市场监督管理局", 2025, "城关分局（含下级单位）组织", "2025-07-01 09:00"),
                Locale.CHINA);
        PdfText pdf = PdfText.of(report);
        assertThat(pdf.all()).contains("2025年度教育活动台账", "范围：城关分局（含下级单位）组织", "观看警示教育片",
                "警示教育片", "90.0%", "共 2 项活动，出勤 27 人次，出勤率 90.0%", "第 1 页", "共 1 页");
        assertThat(pdf.fonts()).allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
    }

    @Test
    void anEmptyListSaysSo() {
        RenderedReport report = new ActivityListReport().fill(List.of(),
                new ActivityListReport.Heading("吉安县市场监督管理局", 2025, "全部活动", "2025-07-01 09:00"), Locale.CHINA);
        assertThat(PdfText.of(report).all()).contains("无相关记录");
    }
}
