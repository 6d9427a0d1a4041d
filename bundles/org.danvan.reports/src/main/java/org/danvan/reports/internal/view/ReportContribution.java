package org.danvan.reports.internal.view;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.reports.api.ReportService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * Puts "Báo cáo định kỳ" into the shell: the view at {@code /bao-cao} and its entry in the reports menu group. Owns
 * the threads reports are prepared on, so they stop with the bundle; two at most, because the machine's database
 * and cores are shared with everyday work.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        configurationPid = ReportContribution.PID,
        configurationPolicy = org.osgi.service.component.annotations.ConfigurationPolicy.OPTIONAL)
@DanvanView(route = ReportContribution.ROUTE, title = "reports.view.title", permission = CasePermissions.VIEW,
        menu = "reports.view.menu", icon = "vaadin:table", group = MenuGroup.REPORTS, order = 20)
public class ReportContribution implements ViewContribution {

    static final String ROUTE = "bao-cao";
    /** Configuration: {@code closingDay} (1–28), the data cut-off day of a period's last month, default 14. */
    static final String PID = "org.danvan.reports";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportContribution.class);
    private static final int THREADS = 2;

    private final ReportService reports;
    private final OrgUnitDirectory directory;
    private final AccessControl access;
    private final ExecutorService workers;

    private final int closingDay;

    public ReportContribution(ReportService reports, OrgUnitDirectory directory, AccessControl access) {
        this(reports, directory, access, java.util.Map.of());
    }

    @Activate
    public ReportContribution(@Reference ReportService reports, @Reference OrgUnitDirectory directory,
            @Reference AccessControl access, java.util.Map<String, Object> properties) {
        this.closingDay = closingDay(properties);
        this.reports = reports;
        this.directory = directory;
        this.access = access;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "danvan-report-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void deactivate() {
        workers.shutdownNow();
    }
    @Override
    public Class<? extends Component> viewClass() {
        return ReportView.class;
    }
    @Override
    public Component createView() {
        return new ReportView(reports, new ReportUnits(directory, access), workers, closingDay);
    }

    /**
     * The closing day of the configuration, or the default 14 (Decree 09/2019 art. 12; the cut-off day of Circular
     * 06/2025/TT-TTCP is not confirmed). A value that is not a whole number 1–28 is logged and the default used.
     */
    static int closingDay(java.util.Map<String, ?> properties) {
        Object value = properties.get("closingDay");
        if (value == null) {
            return org.danvan.reports.api.ReportPeriod.DEFAULT_CLOSING_DAY;
        }
        try {
            int day = Integer.parseInt(String.valueOf(value).strip());
            if (day >= 1 && day <= 28) {
                return day;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.error("Configuration {}: closingDay must be a whole number 1..28, was '{}'; using {}", PID, value,
                org.danvan.reports.api.ReportPeriod.DEFAULT_CLOSING_DAY);
        return org.danvan.reports.api.ReportPeriod.DEFAULT_CLOSING_DAY;
    }
}
