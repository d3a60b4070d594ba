package org.integritydesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * A report template compiled at build time, read from the class path. Nothing here compiles a
 * {@code .jrxml}: a trimmed runtime has no javac (ARCHITECTURE.md "Reports").
 */
final class CompiledTemplate {
    private final String resource;
    private final JasperReport report;

    private CompiledTemplate(String resource, JasperReport report) {
        this.resource = resource;
        this.report = report;
    }

    /** @param resource absolute class-path name, e.g. {@code /reports/cadre-file.jasper} */
    static CompiledTemplate load(String resource) {
        try (InputStream in = CompiledTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException("report template " + resource
                        + " not found on the class path (it is compiled from the .jrxml during the Maven build)");
            }
            return new CompiledTemplate(resource, (JasperReport) JRLoader.loadObject(in));
        } catch (IOException | JRException | ClassCastException e) {
            throw new ReportException("report template " + resource + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    JasperPrint fill(Map<String, Object> parameters, JRDataSource data) {
        try {
            return JasperFillManager.fillReport(report, parameters, data);
        } catch (JRException | RuntimeException e) {
            throw new ReportException("report " + resource + " cannot be filled: " + e.getMessage(), e);
        }
    }
}
