package org.danvan.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.reports.api.PeriodReport;
import org.danvan.reports.api.ReportFormat;
import org.danvan.reports.api.ReportPeriod;
import org.danvan.reports.api.ReportRow;
import org.danvan.reports.api.ReportService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Builds the reports from the case engine's period counts: calls for the unit's subtree (the total) and one per
 * direct child unit. The unit's own cases are the difference, since every case belongs to exactly one unit.
 */
@Component(service = ReportService.class)
public class ReportEngine implements ReportService {

    /**
     * The case engine answers each call in its own transaction, so a case recorded or resolved between two calls
     * can make the parts disagree with the total. The total is read before and after the parts; when they differ,
     * the whole report is read again, a few times at most.
     */
    private static final int ATTEMPTS = 3;

    private final CaseService cases;
    private final OrgUnitDirectory directory;
    private final AccessControl access;
    private final Clock clock;

    @Activate
    public ReportEngine(@Reference CaseService cases, @Reference OrgUnitDirectory directory,
            @Reference AccessControl access) {
        this(cases, directory, access, Clock.systemDefaultZone());
    }

    ReportEngine(CaseService cases, OrgUnitDirectory directory, AccessControl access, Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public PeriodReport report(UserPrincipal user, long unitId, ReportPeriod period, DoubleConsumer progress) {
        Objects.requireNonNull(user, "user");
        if (period == null) {
            throw ValidationException.of("period", "reports.error.period.kind");
        }
        OrgUnitInfo unit = directory.find(unitId)
                .orElseThrow(() -> ValidationException.of("unit", "reports.error.unit.unknown"));
        access.check(user, CasePermissions.VIEW, unitId);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            PeriodReport report = read(user, unit, period, progress == null ? p -> { } : progress);
            if (report != null) {
                return report;
            }
        }
        throw ValidationException.of(null, "reports.error.figures.unstable");
    }

    /** The report, or null when the figures changed while they were read. */
    private PeriodReport read(UserPrincipal user, OrgUnitInfo unit, ReportPeriod period, DoubleConsumer progress) {
        FileTexts texts = FileTexts.vietnamese();
        List<OrgUnitInfo> children = directory.children(unit.id());
        int steps = children.size() + 2;
        PeriodCounts before = cases.periodCounts(user, unit.id(), period.from(), period.to());
        progress.accept(1 / (double) steps);
        List<ReportRow> lines = new ArrayList<>(children.size() + 1);
        long[] sum = new long[ReportColumns.ALL.size()];
        for (int i = 0; i < children.size(); i++) {
            OrgUnitInfo child = children.get(i);
            PeriodCounts counts = cases.periodCounts(user, child.id(), period.from(), period.to());
            lines.add(new ReportRow(child.id(), directory.nameOn(child.id(), period.to()),
                    ReportRow.Kind.CHILD_UNIT, counts));
            for (ReportColumns column : ReportColumns.ALL) {
                sum[column.ordinal()] += column.of(counts);
            }
            progress.accept((i + 2) / (double) steps);
        }
        PeriodCounts total = cases.periodCounts(user, unit.id(), period.from(), period.to());
        if (!total.equals(before)) {
            return null;
        }
        long[] own = new long[sum.length];
        for (ReportColumns column : ReportColumns.ALL) {
            own[column.ordinal()] = column.of(total) - sum[column.ordinal()];
            if (own[column.ordinal()] < 0) {
                return null;
            }
        }
        String unitName = directory.nameOn(unit.id(), period.to());
        lines.add(new ReportRow(unit.id(), texts.text("reports.line.own", unitName), ReportRow.Kind.OWN_CASES,
                new PeriodCounts(own[0], own[1], own[2], own[3], own[4])));
        progress.accept(1.0);
        return new PeriodReport(unit.id(), unit.code(), unitName, period, lines,
                new ReportRow(null, texts.text("reports.line.total"), ReportRow.Kind.TOTAL, total),
                LocalDate.now(clock));
    }

    @Override
    public void export(PeriodReport report, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> {
                // XMLBeans can fall back to the context class loader to find compiled schemas; in OSGi the one that
                // knows them is the POI runtime bundle's. A precaution: writing and reading a workbook in bare
                // Felix worked without it, but a worker thread's context loader is whatever the pool inherited.
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                thread.setContextClassLoader(org.apache.poi.xssf.usermodel.XSSFWorkbook.class.getClassLoader());
                try {
                    new XlsxReportWriter(FileTexts.vietnamese()).write(report, out);
                } finally {
                    thread.setContextClassLoader(previous);
                }
            }
            case PDF -> new PdfReportWriter(FileTexts.vietnamese()).write(report, out);
        }
    }

    @Override
    public String fileName(PeriodReport report, ReportFormat format) {
        ReportPeriod period = report.period();
        String when = period.year() == null
                ? period.from() + "_" + period.to()
                : period.kind().name().toLowerCase().replace('_', '-') + "-" + period.year();
        String code = report.unitCode().replaceAll("[^A-Za-z0-9-]", "");
        return "bao-cao-" + when + "-" + (code.isEmpty() ? String.valueOf(report.unitId()) : code) + "."
                + format.extension();
    }
}
