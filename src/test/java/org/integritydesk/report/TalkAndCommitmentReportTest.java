package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.TalkKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 廉政谈话记录表 and 廉政承诺书 as a PDF reader sees them: Chinese text, embedded fonts, masked IDs. */
class TalkAndCommitmentReportTest {
    private static final Pattern WHOLE_ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
    private static final IdNumber LI_SI_ID = IdNumber.parse(org.integritydesk.testing.IdNumbers.of("360821", "19850314", "019"), LocalDate.MAX);
    private static final String EXT_B_NAME = "李" + new String(Character.toChars(0x20BB7));
    private static final String BUREAU = "吉安县市场监督管理局";

    private static PdfText talkPdf;
    private static PdfText commitmentPdf;

    @BeforeAll
    static void fillOnce() {
        TalkRecordReport.Sheet talk = new TalkRecordReport.Sheet("城关分局", EXT_B_NAME, LI_SI_ID, "所长",
                TalkKind.PRE_APPOINTMENT, LocalDate.of(2025, 3, 10), "张国强", "刘敏",
                "任前廉政谈话：宣布任职决定，重申党风廉政建设责任制和“一岗双责”要求。".repeat(3), "接受组织谈话，严格遵守廉洁自律规定。",
                "三个月后回访。");
        talkPdf = PdfText.of(new TalkRecordReport().fill(List.of(talk), BUREAU, Locale.SIMPLIFIED_CHINESE,
                ProgressListener.NONE, () -> false));
        CommitmentReport.Sheet one = new CommitmentReport.Sheet("城关分局", EXT_B_NAME, LI_SI_ID, "所长", 2025);
        CommitmentReport.Sheet two = new CommitmentReport.Sheet("敦厚分局", "欧阳·娜", LI_SI_ID, "科员", 2025);
        commitmentPdf = PdfText.of(new CommitmentReport().fill(List.of(one, two), BUREAU, Locale.SIMPLIFIED_CHINESE,
                ProgressListener.NONE, () -> false));
        writeSample("talk-record.pdf", talkPdf.bytes());
        writeSample("commitments.pdf", commitmentPdf.bytes());
    }

    private static void writeSample(String name, byte[] bytes) {
        try {
            Path samples = Files.createDirectories(Path.of("target", "report-samples"));
            Files.write(samples.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theTalkRecordHoldsTheFormsChineseTextAndTheTalk() {
        assertThat(talkPdf.pages()).hasSize(1);
        assertThat(talkPdf.all()).contains("廉政谈话记录表", BUREAU, "2025年度", "任前谈话", "2025年3月10日", EXT_B_NAME,
                "张国强", "刘敏", "城关分局", "本人表态", "谈话人签字", "记录人签字", "谈话对象签字", "第 1 页", "共 1 页");
    }

    @Test
    void theTalkRecordMasksTheIdNumber() {
        assertThat(WHOLE_ID_NUMBER.matcher(talkPdf.all()).find()).as("an unmasked ID number").isFalse();
        assertThat(talkPdf.all()).contains(LI_SI_ID.masked());
    }

    @Test
    void commitmentsHoldTheStandardTextWithTheCadresNameUnitAndYear() {
        assertThat(commitmentPdf.all()).contains("廉政承诺书", "2025年度", "承诺人（签字）", "日期");
        String first = commitmentPdf.pages().get(0).replace("\n", "");
        assertThat(first).contains("本人" + EXT_B_NAME + "（城关分局所长）郑重承诺，2025年度做到", "不收受管理服务对象的礼品");
        assertThat(commitmentPdf.all()).contains("欧阳·娜", "敦厚分局");
    }

    @Test
    void eachCadresCommitmentStartsOnItsOwnPageAndMasksTheIdNumber() {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < commitmentPdf.pages().size(); i++) {
            if (commitmentPdf.pages().get(i).contains("第 1 页")) {
                starts.add(i);
            }
        }
        assertThat(starts).hasSize(2);
        assertThat(commitmentPdf.pages()).as("each commitment, signature lines included, on one page").hasSize(2);
        assertThat(commitmentPdf.pages().get(0)).contains("承诺人（签字）");
        assertThat(WHOLE_ID_NUMBER.matcher(commitmentPdf.all()).find()).as("an unmasked ID number").isFalse();
        assertThat(commitmentPdf.all()).contains(LI_SI_ID.masked());
    }

    @Test
    void embedsEveryFont() {
        assertThat(talkPdf.fonts()).isNotEmpty().allSatisfy(f -> assertThat(f.embedded()).as(f.name()).isTrue());
        assertThat(commitmentPdf.fonts()).isNotEmpty().allSatisfy(f -> assertThat(f.embedded()).as(f.name()).isTrue());
        assertThat(talkPdf.fonts()).extracting(PdfText.PDFontInfo::name).anyMatch(n -> n.contains("HanaMinB"));
    }

    @Test
    void stopsBetweenSheetsWhenCancelled() {
        CommitmentReport.Sheet one = new CommitmentReport.Sheet("城关分局", "李四", LI_SI_ID, "所长", 2025);
        int[] asked = {0};
        assertThatThrownBy(() -> new CommitmentReport().fill(List.of(one, one, one), BUREAU, Locale.SIMPLIFIED_CHINESE,
                ProgressListener.NONE, () -> ++asked[0] > 1)).isInstanceOf(ReportCancelledException.class);
    }

    @Test
    void printsInEnglishToo() {
        CommitmentReport.Sheet one = new CommitmentReport.Sheet("Chengguan", "Li Si", LI_SI_ID, "Head", 2025);
        PdfText english = PdfText.of(new CommitmentReport().fill(List.of(one), BUREAU, Locale.ENGLISH,
                ProgressListener.NONE, () -> false));
        assertThat(english.all()).contains("Integrity commitment");
        assertThat(english.all().replace("\n", " ")).contains("I, Li Si (Chengguan, Head), solemnly commit for the year 2025",
                "the Party's integrity");
    }
}
