package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.integritydesk.report.build.ReportCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCompilerTest {

    @Test
    void compilesEveryTemplateToAJasperFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tiny.jrxml"), """
                <jasperReport name="tiny" language="java" pageWidth="595" pageHeight="842" columnWidth="555"
                        leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
                </jasperReport>
                """);
        Path out = dir.resolve("out");
        assertThat(ReportCompiler.compileAll(dir, out)).containsExactly(out.resolve("tiny.jasper"));
        assertThat(out.resolve("tiny.jasper")).isNotEmptyFile();
    }

    @Test
    void namesTheTemplateThatDoesNotCompile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.jrxml"), """
                <jasperReport name="broken" language="java">
                    <title height="20"><element kind="textField" x="0" y="0" width="10" height="10">
                        <expression><![CDATA[$F{noSuchField}]]></expression></element></title>
                </jasperReport>
                """);
        assertThatThrownBy(() -> ReportCompiler.compileAll(dir, dir.resolve("out")))
                .isInstanceOf(ReportCompiler.ReportCompileFailure.class)
                .hasMessageContaining("broken.jrxml")
                .hasMessageContaining("noSuchField");
    }

    @Test
    void saysWhenTheSourceFolderIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> ReportCompiler.compileAll(dir.resolve("nothing"), dir.resolve("out")))
                .hasMessageContaining("not found");
    }
}
