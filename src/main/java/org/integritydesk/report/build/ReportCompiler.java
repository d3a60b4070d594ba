package org.integritydesk.report.build;

public final class ReportCompiler {
    public static void main(String[] args) { }
}
