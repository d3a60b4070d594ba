package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.HomeFigure;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart and key figure of the home tab (首页) is worded in the reader's language: in English no
 * title, series or figure label holds a Chinese character (the names of units and cadres aside, which
 * are data), and in Chinese they do.
 */
class HomeTextsLanguageTest {
    private static final int YEAR = TestServices.TODAY.getYear();

    @TempDir
    Path dir;

    private TestServices services;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        OrgUnit chengguan = services.subBureau(services.setUpBureau(), "36082101", "城关分局");
        services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .position("所长").category(CadreCategory.MIDDLE_LEVEL).importantPosition(false).build());
        services.assessment.compute(YEAR);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void everyChartAndFigureTextFollowsTheReadersLanguage() {
        List<String> english = texts(Locale.ENGLISH);
        List<String> chinese = texts(Locale.SIMPLIFIED_CHINESE);

        assertThat(english).isNotEmpty().noneMatch(HomeTextsLanguageTest::hasHan);
        assertThat(chinese).hasSameSizeAs(english).anyMatch(HomeTextsLanguageTest::hasHan);
    }

    /** The titles and series names of every chart and the labels of every figure, from every source. */
    private List<String> texts(Locale locale) {
        List<String> texts = new ArrayList<>();
        for (HomeSources.Charts source : services.homeSources.chartSources()) {
            for (HomeChart chart : source.charts(YEAR, locale)) {
                texts.add(chart.title());
                texts.addAll(chart.seriesNames());
            }
        }
        for (HomeSources.Figures source : services.homeSources.figureSources()) {
            for (HomeFigure figure : source.figures(YEAR, TestServices.TODAY, locale)) {
                texts.add(figure.label());
            }
        }
        return texts;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
