package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.DeclarationAnswer;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.model.SelfInspectionRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 专项自查表 and 专项自查情况汇总表 as a PDF reader sees them. */
class SelfInspectionReportsTest {
    private static final String BUREAU = "吉安县市场监督管理局";
    private static final String RARE_NAME = "王" + new String(Character.toChars(0x20BB7)) + "明";
    private static final String ID_NUMBER = "36082119850314019X";
    private static final UUID CHENGGUAN = UUID.randomUUID();
    private static final UUID FUTAN = UUID.randomUUID();
    private static SelfInspectionReports reports;

    @BeforeAll
    static void load() {
        reports = new SelfInspectionReports();
    }

    private static SelfInspectionCampaign campaign(String description) {
        return new SelfInspectionCampaign(UUID.randomUUID(), "ZC-2025-01", "领导干部廉洁从政专项自查", 2025,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30), description, SelfInspectionRules.SEED_ITEMS,
                List.of(), new RecordStamp(Instant.EPOCH, Instant.EPOCH, "x", "360821", 1));
    }

    private static SelfInspectionDeclaration declaration(String name, UUID unit, String unitName, LocalDate on,
            List<DeclarationAnswer> answers) {
        return new SelfInspectionDeclaration(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), name, "副局长",
                unit, unitName, on, answers, 1);
    }

    private static void fontsEmbedded(PdfText pdf) {
        assertThat(pdf.fonts()).isNotEmpty();
        assertThat(pdf.fonts()).allMatch(PdfText.PDFontInfo::embedded);
    }

    @Test
    void eachCadreGetsABlankSheetWithTheChecklistAndSignatureLinesAndAMaskedId() {
        SelfInspectionDeclaration wang = declaration(RARE_NAME, CHENGGUAN, "城关分局", null, List.of());
        SelfInspectionDeclaration li = declaration("欧阳·李四", FUTAN, "敦厚分局", null, List.of());
        RenderedReport report = reports.forms(campaign("举报人身份证 " + ID_NUMBER + " 的线索一并自查"), List.of(wang, li),
                Map.of(wang.cadreId(), IdNumber.mask(ID_NUMBER), li.cadreId(), IdNumber.mask(ID_NUMBER)), BUREAU,
                Locale.SIMPLIFIED_CHINESE);
        PdfText pdf = PdfText.of(report);
        String text = pdf.all();

        assertThat(pdf.pages()).hasSize(2);
        assertThat(text).contains("专项自查表", "领导干部廉洁从政专项自查", "编号：ZC-2025-01", "违规插手招投标", "经商办企业",
                "公款旅游", "以招商引资名义收受红包", "考察学习和政府采购中的问题", "□无", "□有", "情况说明", "本人签字",
                "单位负责人", RARE_NAME, "欧阳·李四", "城关分局", "敦厚分局", BUREAU, "第 1 页", "共 1 页",
                IdNumber.mask(ID_NUMBER));
        assertThat(text).doesNotContain(ID_NUMBER);
        assertThat(report.charactersWithoutGlyph()).isEmpty();
        fontsEmbedded(pdf);
    }

    @Test
    void theSummaryCountsPerUnitAndPerItem() {
        List<DeclarationAnswer> none = List.of(DeclarationAnswer.none(1), DeclarationAnswer.none(2),
                DeclarationAnswer.none(3), DeclarationAnswer.none(4), DeclarationAnswer.none(5));
        List<DeclarationAnswer> redEnvelope = List.of(DeclarationAnswer.none(1), DeclarationAnswer.none(2),
                DeclarationAnswer.none(3), new DeclarationAnswer(4, true, "收受红包", UUID.randomUUID(), "ZG-2025-0001"),
                DeclarationAnswer.none(5));
        LocalDate on = LocalDate.of(2025, 3, 10);
        PdfText pdf = PdfText.of(reports.summary(campaign(null), List.of(
                declaration("李四", CHENGGUAN, "城关分局", on, none),
                declaration("王五", CHENGGUAN, "城关分局", on, redEnvelope),
                declaration("赵六", FUTAN, "敦厚分局", null, List.of())), BUREAU, LocalDate.of(2025, 3, 15),
                Locale.SIMPLIFIED_CHINESE));
        String text = pdf.all();

        assertThat(text).contains("专项自查情况汇总表", "应报人数", "已申报", "未申报", "城关分局", "敦厚分局", "合计",
                "4. 以招商引资名义收受红包：1 人次", "1. 违规插手招投标：0 人次", "应报 3 人，已申报 2 人，未申报 1 人；申报问题 1 项",
                "审核人", "2025年3月15日");
        fontsEmbedded(pdf);
    }
}
