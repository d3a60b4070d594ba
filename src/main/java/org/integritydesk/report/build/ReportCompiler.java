package org.integritydesk.report.build;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRCompiler;

/**
 * Compiles every {@code *.jrxml} of a folder to a {@code .jasper} beside the classes, during the
 * Maven build ({@code process-classes}), so the application never compiles a report at run time
 * (a trimmed runtime has no {@code javac}; ARCHITECTURE.md "Reports").
 *
 * <p>Usage: {@code ReportCompiler <source folder> <target folder>}. Throws, naming the failing
 * template and the cause, when one does not compile: exec-maven-plugin then fails the build with
 * that message (a {@code System.exit} would end Maven without saying why).
 */
public final class ReportCompiler {
    private ReportCompiler() {
    }

    /**
     * JasperReports writes each template's expression class to a file named after the template in
     * the system temp folder: two builds at once (two checkouts, CI beside a developer) would
     * overwrite each other's file. A folder beside the output keeps builds apart.
     */
    private static void useOwnTemporaryFolder(Path targetDir) {
        Path temp = targetDir.toAbsolutePath().getParent().resolve("report-compiler-tmp");
        try {
            Files.createDirectories(temp);
        } catch (java.io.IOException e) {
            throw new ReportCompileFailure("cannot create " + temp + ": " + e.getMessage());
        }
        net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance()
                .setProperty("net.sf.jasperreports.compiler.temp.dir", temp.toString());
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new ReportCompileFailure("usage: ReportCompiler <folder of .jrxml files> <output folder>");
        }
        quietenLogging();
        useClassPathOfThisLoader();
        List<Path> compiled = compileAll(Path.of(args[0]), Path.of(args[1]));
        System.out.println("ReportCompiler: compiled " + compiled.size() + " report(s) into " + args[1]);
    }

    /** Compiles each template of {@code sourceDir} to {@code targetDir/<name>.jasper}; returns the outputs. */
    public static List<Path> compileAll(Path sourceDir, Path targetDir) {
        if (!Files.isDirectory(sourceDir)) {
            throw new ReportCompileFailure("report source folder not found: " + sourceDir.toAbsolutePath());
        }
        useOwnTemporaryFolder(targetDir);
        List<Path> sources;
        try (Stream<Path> files = Files.list(sourceDir)) {
            sources = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().collect(Collectors.toList());
            Files.createDirectories(targetDir);
        } catch (IOException e) {
            throw new ReportCompileFailure("cannot read " + sourceDir + " or create " + targetDir + ": " + e);
        }
        return sources.stream().map(source -> compile(source, targetDir)).collect(Collectors.toList());
    }

    private static Path compile(Path source, Path targetDir) {
        String name = source.getFileName().toString();
        Path target = targetDir.resolve(name.substring(0, name.length() - ".jrxml".length()) + ".jasper");
        try {
            JasperCompileManager.compileReportToFile(source.toString(), target.toString());
            return target;
        } catch (JRException | RuntimeException e) {
            String cause = describe(e);
            // JasperReports 7 reports a 6.x-style file only as "Unable to load report": say what to check.
            String hint = cause.contains("Unable to load report")
                    ? " (is it in the JasperReports 7 format: <jasperReport> without namespace, <element kind=...>?)"
                    : "";
            throw new ReportCompileFailure("report template " + source + " does not compile: " + cause + hint);
        }
    }

    /**
     * Without a logging configuration, JasperReports' commons-logging reaches logback at DEBUG and
     * fills the build output. Routed to java.util.logging instead: INFO and above, so warnings show.
     */
    private static void quietenLogging() {
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        }
    }

    /**
     * exec:java runs this class in a class loader of its own while {@code java.class.path} is Maven's:
     * the javac that JasperReports starts for the expressions would not find JasperReports itself.
     */
    private static void useClassPathOfThisLoader() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader loader = ReportCompiler.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urlLoader) {
                for (URL url : urlLoader.getURLs()) {
                    try {
                        entries.add(new File(url.toURI()).getPath());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a file: nothing javac could read
                    }
                }
            }
        }
        if (!entries.isEmpty()) {
            entries.add(System.getProperty("java.class.path"));
            DefaultJasperReportsContext.getInstance()
                    .setProperty(JRCompiler.COMPILER_CLASSPATH, String.join(File.pathSeparator, entries));
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause.getMessage());
        }
        return text.toString();
    }

    /** A template that does not compile; its message names the file and the cause. */
    public static final class ReportCompileFailure extends RuntimeException {
        public ReportCompileFailure(String message) {
            super(message);
        }
    }
}
