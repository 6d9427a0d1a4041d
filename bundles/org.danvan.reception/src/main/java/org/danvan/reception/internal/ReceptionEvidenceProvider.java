package org.danvan.reception.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.reception.api.Commitment;
import org.danvan.reception.api.Dialogue;
import org.danvan.reception.api.DialogueService;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.SessionStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What citizen reception tells other modules (emulation's year-end evaluation, the Ho Chi Minh study's commitments)
 * about a unit or one person in a period: the reception sessions held (for a person: those they received citizens
 * at), the dialogues held, and the dialogue commitments due in the period kept on time (for a person: those they
 * own). Asked through the published services as the asker, so a unit the asker may not read gives nothing.
 */
@Component(service = EvidenceProvider.class, immediate = true)
public class ReceptionEvidenceProvider implements EvidenceProvider {

    /** Reception sessions held. */
    public static final String SESSIONS_HELD = "reception.sessionsHeld";
    /** Dialogues with citizens held. */
    public static final String DIALOGUES = "reception.dialogues";
    /** Dialogue commitments due in the period, done by their day. */
    public static final String COMMITMENTS_KEPT = "reception.commitmentsKept";

    private final ReceptionSchedule schedule;
    private final DialogueService dialogues;

    @Activate
    public ReceptionEvidenceProvider(@Reference ReceptionSchedule schedule, @Reference DialogueService dialogues) {
        this.schedule = schedule;
        this.dialogues = dialogues;
    }

    @Override
    public List<EvidenceKind> kinds() {
        return List.of(new EvidenceKind(SESSIONS_HELD, "reception.evidence.sessionsHeld", false),
                new EvidenceKind(DIALOGUES, "reception.evidence.dialogues", false),
                new EvidenceKind(COMMITMENTS_KEPT, "reception.evidence.commitmentsKept", false));
    }

    @Override
    public List<Evidence> evidence(EvidenceQuery query) {
        Long person = query.personUserId();
        Map<String, String> period = Map.of("unit", Long.toString(query.unitId()), "from", query.from().toString(),
                "to", query.to().toString());
        List<Evidence> found = new ArrayList<>();
        try {
            if (query.wants(SESSIONS_HELD)) {
                long held = schedule.sessions(query.unitId(), query.from(), query.to(), query.asker()).stream()
                        .filter(s -> s.status() == SessionStatus.HELD)
                        .filter(s -> person == null || person.equals(receiver(s))).count();
                found.add(new Evidence(SESSIONS_HELD, person == null ? "reception.evidence.sessionsHeld.value"
                        : "reception.evidence.person.sessionsHeld.value", List.of(held), BigDecimal.valueOf(held),
                        null, "lich-tiep-cong-dan", period, person, null));
            }
            if (query.wants(DIALOGUES) || query.wants(COMMITMENTS_KEPT)) {
                // commitments are due in the period whatever the day of their dialogue: look a year further back
                List<Dialogue> held = dialogues.dialogues(query.unitId(), query.from().minusYears(1), query.to(),
                        query.asker());
                if (query.wants(DIALOGUES) && person == null) {
                    long inPeriod = held.stream().filter(d -> !d.heldOn().isBefore(query.from())).count();
                    found.add(new Evidence(DIALOGUES, "reception.evidence.dialogues.value", List.of(inPeriod),
                            BigDecimal.valueOf(inPeriod), null, "doi-thoai", period, null, null));
                }
                if (query.wants(COMMITMENTS_KEPT)) {
                    List<Commitment> due = held.stream().flatMap(d -> d.commitments().stream())
                            .filter(c -> c.dueOn() != null && !c.dueOn().isBefore(query.from())
                                    && !c.dueOn().isAfter(query.to()))
                            .filter(c -> person == null || person.equals(c.ownerUserId())).toList();
                    long kept = due.stream().filter(c -> c.doneOn() != null && !c.doneOn().isAfter(c.dueOn()))
                            .count();
                    if (person == null || !due.isEmpty()) {
                        found.add(new Evidence(COMMITMENTS_KEPT, person == null
                                ? "reception.evidence.commitmentsKept.value"
                                : "reception.evidence.person.commitmentsKept.value", List.of(kept, (long) due.size()),
                                BigDecimal.valueOf(kept), BigDecimal.valueOf(due.size()), "doi-thoai", period, person,
                                null));
                    }
                }
            }
        } catch (AccessDeniedException notTheirs) {
            return List.of();
        }
        return found;
    }

    /** Who received the citizens: as recorded, else the planned leader when the record names no one else. */
    private static Long receiver(ReceptionSession s) {
        if (s.receivedByUserId() != null) {
            return s.receivedByUserId();
        }
        return s.receivedByName() == null || s.receivedByName().equals(s.plannedLeaderName())
                ? s.plannedLeaderUserId() : null;
    }
}
