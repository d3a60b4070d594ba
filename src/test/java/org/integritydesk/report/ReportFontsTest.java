package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.Locale;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontSetFamilyInfo;
import net.sf.jasperreports.engine.fonts.FontSetInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportFontsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ID Song", "ID Body", "ID Sans"})
    void eachFontSetFallsBackFromNotoToHanaMinBToTheLastResortBox(String fontSet) {
        FontSetInfo info = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getFontSetInfo(fontSet, Locale.CHINA, false);
        assertThat(info).as(fontSet).isNotNull();
        assertThat(info.getFamilies()).extracting(f -> f.getFontFamily().getName())
                .endsWith("ID HanaMinB", "ID Last Resort").hasSize(3);
        Font primary = face(info.getPrimaryFamily());
        Font extB = face(info.getFamilies().get(1));
        Font lastResort = face(info.getFamilies().get(2));
        assertThat(primary.getFamily()).startsWith("Noto");
        assertThat(primary.canDisplayUpTo("干部廉政档案表 阿依古丽·买买提 0-9 A-Z")).isEqualTo(-1);
        assertThat(primary.canDisplay(0x20BB7)).isFalse();
        assertThat(extB.canDisplay(0x20BB7)).isTrue();
        assertThat(lastResort.canDisplay(0x30000)).isTrue();
    }

    private static Font face(FontSetFamilyInfo family) {
        return family.getFontFamily().getNormalFace().getFont();
    }
}
