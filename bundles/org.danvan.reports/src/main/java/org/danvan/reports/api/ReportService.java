package org.danvan.reports.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.DoubleConsumer;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/** Produces and exports the periodic reports. */
@ProviderType
public interface ReportService {

    /**
     * The figures of a unit and of each of its direct child units for a period. Needs {@code case.view} on the unit.
     *
     * @param progress told the fraction done (0 to 1) after each unit, from the calling thread
     * @throws org.danvan.platform.api.validation.ValidationException when the unit does not exist
     * @throws org.danvan.platform.api.security.AccessDeniedException without {@code case.view} on the unit
     */
    PeriodReport report(UserPrincipal user, long unitId, ReportPeriod period, DoubleConsumer progress);

    /**
     * Writes a report as a file, titled in Vietnamese (the language of official reports). The stream is not closed.
     */
    void export(PeriodReport report, ReportFormat format, OutputStream out) throws IOException;

    /** The file name for a report, e.g. {@code bao-cao-Q1-2026-<unit code>.xlsx}; ASCII only. */
    String fileName(PeriodReport report, ReportFormat format);
}
