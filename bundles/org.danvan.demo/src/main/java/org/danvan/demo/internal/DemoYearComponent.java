package org.danvan.demo.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.reception.api.DialogueService;
import org.danvan.reception.api.ReceptionBook;
import org.danvan.reception.api.ReceptionSchedule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the demo year once, in the background after the start, where the demo accounts exist (a start without
 * demo data has only {@code admin}, so nothing happens there). The audit trail remembers it was done
 * ({@code demo.year.*}), so a second start adds nothing.
 */
@Component(service = {}, immediate = true, configurationPid = DemoConfiguration.PID)
@Designate(ocd = DemoConfiguration.class)
public class DemoYearComponent {

    static final String STARTED = "demo.year.started";
    static final String CREATED = "demo.year.created";
    private static final Logger LOG = LoggerFactory.getLogger(DemoYearComponent.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> DEMO_LOGINS = List.of("tiepdan", "chutich.tiendu", "xuly", "admin",
            "thanhtra");

    private final Thread worker;

    @Activate
    public DemoYearComponent(@Reference CaseService cases, @Reference ReceptionSchedule schedule,
            @Reference ReceptionBook book, @Reference DialogueService dialogues,
            @Reference AuthenticationService authentication, @Reference OrgUnitDirectory directory,
            @Reference AuditTrail audit, DemoConfiguration configuration) {
        if (!configuration.livingYear()) {
            LOG.info("Demo year switched off (livingYear = false in etc/{}.cfg)", DemoConfiguration.PID);
            worker = null;
            return;
        }
        worker = new Thread(() -> run(cases, schedule, book, dialogues, authentication, directory, audit,
                configuration), "danvan-demo-year");
        worker.setDaemon(true);
        worker.start();
    }

    private static void run(CaseService cases, ReceptionSchedule schedule, ReceptionBook book,
            DialogueService dialogues, AuthenticationService authentication, OrgUnitDirectory directory,
            AuditTrail audit, DemoConfiguration configuration) {
        try {
            if (audit.count(new AuditFilter("demo.year.", null, null, null, null, null)) > 0) {
                LOG.info("Demo year already created at an earlier start; nothing added");
                return;
            }
            Optional<DemoYear.Actors> actors = actors(authentication);
            if (actors.isEmpty()) {
                LOG.info("No demo accounts (a start without demo data): no demo year");
                return;
            }
            Map<String, Long> units = new HashMap<>();
            List<String> codes = new java.util.ArrayList<>(List.of(DemoYear.PROVINCE, DemoYear.MERGED_COMMUNE,
                    "24-TT", "24-BTCD"));
            DemoYear.PLACES.forEach(place -> codes.add(place.code()));
            for (String code : codes) {
                directory.findByCode(code).ifPresent(unit -> units.put(code, unit.id()));
            }
            DemoYear.Actors who = actors.get();
            LocalDate today = LocalDate.now(VIETNAM);
            audit.record(new AuditEvent(STARTED, who.admin().login(), who.admin().userId(), "demo-year",
                    String.valueOf(configuration.seed()), null, Map.of("seed", String.valueOf(configuration.seed()),
                            "today", today.toString()), null));
            long start = System.nanoTime();
            DemoYear.Tally tally = new DemoYear(cases, schedule, book, dialogues, units, who, today,
                    configuration.seed()).create(Math.max(60, configuration.cases()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            Map<String, String> details = new LinkedHashMap<>();
            details.put("cases", String.valueOf(tally.cases));
            details.put("sessions", String.valueOf(tally.sessions));
            details.put("bookEntries", String.valueOf(tally.bookEntries));
            details.put("dialogues", String.valueOf(tally.dialogues));
            details.put("refused", String.valueOf(tally.refused));
            details.put("millis", String.valueOf(millis));
            audit.record(new AuditEvent(CREATED, who.admin().login(), who.admin().userId(), "demo-year",
                    String.valueOf(configuration.seed()), null, details, null));
            // short lines: Karaf's log layout cuts long messages
            LOG.info("Demo year created in {} ms (seed {}): {} cases, {} refused", millis, configuration.seed(),
                    tally.cases, tally.refused);
            LOG.info("Demo year states: {}", new java.util.TreeMap<>(tally.byStatus));
            LOG.info("Demo year kinds: {}", new java.util.TreeMap<>(tally.byKind));
            LOG.info("Demo year also: {}", tally);
        } catch (RuntimeException e) {
            LOG.warn("The demo year could not be created: {}", e.toString(), e);
        }
    }

    /**
     * The demo users, once the permissions of the case and reception modules are contributed (they may still be
     * arriving just after the start): empty when a demo account is missing.
     */
    private static Optional<DemoYear.Actors> actors(AuthenticationService authentication) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            Map<String, UserPrincipal> users = new HashMap<>();
            for (String login : DEMO_LOGINS) {
                Optional<UserPrincipal> user = authentication.principalOf(login);
                if (user.isEmpty()) {
                    return Optional.empty();
                }
                users.put(login, user.get());
            }
            boolean ready = users.get("tiepdan").hasPermission("case.intake")
                    && users.get("chutich.tiendu").hasPermission("reception.schedule");
            if (ready || System.nanoTime() > deadline) {
                return Optional.of(new DemoYear.Actors(users.get("tiepdan"), users.get("chutich.tiendu"),
                        users.get("xuly"), users.get("admin"), users.get("thanhtra")));
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    @Deactivate
    void deactivate() {
        if (worker != null) {
            worker.interrupt();
        }
    }
}
