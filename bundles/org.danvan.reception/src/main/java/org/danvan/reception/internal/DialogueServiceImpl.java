package org.danvan.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.reception.api.Commitment;
import org.danvan.reception.api.CommitmentDraft;
import org.danvan.reception.api.Dialogue;
import org.danvan.reception.api.DialogueDraft;
import org.danvan.reception.api.DialogueService;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.internal.model.CommitmentEntity;
import org.danvan.reception.internal.model.DialogueEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/** Dialogues with citizens and their commitments on the reception unit. */
@Component(service = DialogueService.class, immediate = true)
public class DialogueServiceImpl implements DialogueService {

    static final String TARGET = "reception-dialogue";
    static final int MAX_COMMITMENTS = 100;
    /** A commitment is due at most this many days after its dialogue. */
    static final int MAX_COMMITMENT_DAYS = 5 * 366;

    private final Writes writes;
    private final AccessControl access;
    private final OrgUnitDirectory units;

    @Activate
    public DialogueServiceImpl(@Reference ReceptionDatabase database, @Reference AccessControl access,
            @Reference OrgUnitDirectory units, @Reference AuditTrail audit) {
        this(database, access, units, audit, Clock.system(Writes.VIETNAM));
    }

    DialogueServiceImpl(ReceptionDatabase database, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            Clock clock) {
        this.writes = new Writes(database.store(), audit, clock);
        this.access = access;
        this.units = units;
    }

    private record Clean(String topic, String participants, String issues, String followUp,
            List<CommitmentDraft> commitments) {
    }

    @Override
    public Dialogue record(DialogueDraft draft, UserPrincipal user) {
        Objects.requireNonNull(draft, "draft");
        access.check(user, ReceptionPermissions.DIALOGUE_MANAGE, draft.unitId());
        Clean clean = validate(draft);
        Dialogue created = writes.audited(em -> {
            DialogueEntity dialogue = new DialogueEntity(draft.unitId(), user.login(), writes.nowUtc());
            dialogue.setContent(draft.heldOn(), clean.topic, clean.participants, clean.issues, clean.followUp,
                    writes.nowUtc());
            em.persist(dialogue);
            em.flush();
            for (CommitmentDraft c : clean.commitments) {
                em.persist(new CommitmentEntity(dialogue.getId(), draft.unitId(), c.description(), c.owner(),
                        c.ownerUserId(), c.dueOn()));
            }
            em.flush();
            return toApi(em, dialogue);
        }, saved -> {
            writes.audit("reception.dialogue.recorded", user, TARGET, saved.id(), saved.unitId(), details(saved));
        });
        return created;
    }

    @Override
    public Dialogue correct(long dialogueId, long expectedVersion, DialogueDraft draft, UserPrincipal user) {
        Objects.requireNonNull(draft, "draft");
        DialogueEntity stored = writes.store().read(em -> em.find(DialogueEntity.class, dialogueId));
        if (stored == null) {
            throw ValidationException.of(null, "reception.validation.dialogue-unknown");
        }
        access.check(user, ReceptionPermissions.DIALOGUE_MANAGE, stored.getUnitId());
        if (stored.getUnitId() != draft.unitId()) {
            throw ValidationException.of("unitId", "reception.validation.unit-fixed");
        }
        Clean clean = validate(draft);
        Dialogue corrected = writes.audited(em -> {
            DialogueEntity dialogue = em.find(DialogueEntity.class, dialogueId);
            Writes.requireVersion(dialogue.getVersion(), expectedVersion, dialogue);
            dialogue.setContent(draft.heldOn(), clean.topic, clean.participants, clean.issues, clean.followUp,
                    writes.nowUtc());
            for (CommitmentEntity c : commitmentsOf(em, dialogueId)) {
                if (c.getDoneOn() == null) {
                    em.remove(c);
                }
            }
            for (CommitmentDraft c : clean.commitments) {
                em.persist(new CommitmentEntity(dialogueId, dialogue.getUnitId(), c.description(), c.owner(),
                        c.ownerUserId(), c.dueOn()));
            }
            em.flush();
            return toApi(em, dialogue);
        }, saved -> {
            writes.audit("reception.dialogue.corrected", user, TARGET, dialogueId, saved.unitId(),
                    details(saved));
        });
        return corrected;
    }

    @Override
    public Commitment completeCommitment(long commitmentId, long expectedVersion, LocalDate doneOn,
            UserPrincipal user) {
        CommitmentEntity stored = writes.store().read(em -> em.find(CommitmentEntity.class, commitmentId));
        if (stored == null) {
            throw ValidationException.of(null, "reception.validation.commitment-unknown");
        }
        access.check(user, ReceptionPermissions.DIALOGUE_MANAGE, stored.getUnitId());
        Violations v = new Violations();
        v.required("doneOn", doneOn);
        v.notInFuture("doneOn", doneOn, writes.today());
        v.throwIfAny();
        Commitment done = writes.audited(em -> {
            CommitmentEntity commitment = em.find(CommitmentEntity.class, commitmentId);
            Writes.requireVersion(commitment.getVersion(), expectedVersion, commitment);
            if (commitment.getDoneOn() != null) {
                throw ValidationException.of(null, "reception.validation.commitment-done");
            }
            DialogueEntity dialogue = em.find(DialogueEntity.class, commitment.getDialogueId());
            if (doneOn.isBefore(dialogue.getHeldOn())) {
                throw ValidationException.of("doneOn", "reception.validation.before-dialogue");
            }
            commitment.done(doneOn);
            em.flush();
            return toApi(commitment);
        }, saved -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("dialogueId", Long.toString(saved.dialogueId()));
            details.put("doneOn", doneOn.toString());
            writes.audit("reception.commitment.done", user, "reception-commitment", commitmentId, saved.unitId(),
                    details);
        });
        return done;
    }

    @Override
    public Optional<Dialogue> find(long dialogueId, UserPrincipal user) {
        return writes.store().read(em -> {
            DialogueEntity dialogue = em.find(DialogueEntity.class, dialogueId);
            if (dialogue == null || !mayRead(user, dialogue.getUnitId())) {
                return Optional.empty();
            }
            return Optional.of(toApi(em, dialogue));
        });
    }

    @Override
    public List<Dialogue> dialogues(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        requireReader(user, unitId);
        Violations v = new Violations();
        v.range(from, to, ReceptionScheduleImpl.MAX_RANGE_DAYS);
        v.throwIfAny();
        return writes.store().read(em -> em.createQuery("SELECT d FROM Dialogue d WHERE d.unitId = :unit"
                + " AND d.heldOn BETWEEN :from AND :to ORDER BY d.heldOn DESC, d.id DESC", DialogueEntity.class)
                .setParameter("unit", unitId).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(d -> toApi(em, d)).toList());
    }

    @Override
    public List<Commitment> commitmentsDue(long unitId, LocalDate dueBy, UserPrincipal user) {
        requireReader(user, unitId);
        Violations v = new Violations();
        v.required("dueBy", dueBy);
        v.throwIfAny();
        return writes.store().read(em -> em.createQuery("SELECT c FROM Commitment c WHERE c.unitId = :unit"
                + " AND c.doneOn IS NULL AND c.dueOn <= :dueBy ORDER BY c.dueOn, c.id", CommitmentEntity.class)
                .setParameter("unit", unitId).setParameter("dueBy", dueBy).getResultList().stream()
                .map(this::toApi).toList());
    }

    private boolean mayRead(UserPrincipal user, long unitId) {
        return access.isPermitted(user, ReceptionPermissions.VIEW, unitId)
                || access.isPermitted(user, ReceptionPermissions.DIALOGUE_MANAGE, unitId);
    }

    private void requireReader(UserPrincipal user, long unitId) {
        if (!mayRead(user, unitId)) {
            throw new AccessDeniedException(user.login(), ReceptionPermissions.VIEW, unitId);
        }
    }

    private Clean validate(DialogueDraft d) {
        Violations v = new Violations();
        v.required("heldOn", d.heldOn());
        v.notInFuture("heldOn", d.heldOn(), writes.today());
        String topic = v.text("topic", d.topic(), true, 2, 255);
        String participants = v.text("participants", d.participants(), true, 2, 4000);
        String issues = v.text("issuesRaised", d.issuesRaised(), true, 2, 10_000);
        String followUp = v.text("followUp", d.followUp(), false, 0, 4000);
        if (d.commitments().size() > MAX_COMMITMENTS) {
            v.add("commitments", "reception.validation.too-many-commitments", MAX_COMMITMENTS);
        }
        List<CommitmentDraft> commitments = new ArrayList<>();
        for (int i = 0; i < d.commitments().size() && i < MAX_COMMITMENTS; i++) {
            CommitmentDraft c = d.commitments().get(i);
            String field = "commitments[" + i + "].";
            String description = v.text(field + "description", c.description(), true, 2, 2000);
            String owner = v.text(field + "owner", c.owner(), true, 2, 255);
            v.required(field + "dueOn", c.dueOn());
            if (c.dueOn() != null && d.heldOn() != null && (c.dueOn().isBefore(d.heldOn())
                    || c.dueOn().isAfter(d.heldOn().plusDays(MAX_COMMITMENT_DAYS)))) {
                v.add(field + "dueOn", "reception.validation.due-date", MAX_COMMITMENT_DAYS);
            }
            commitments.add(new CommitmentDraft(description, owner, c.ownerUserId(), c.dueOn()));
        }
        Optional<OrgUnitInfo> unit = units.find(d.unitId());
        if (unit.isEmpty()) {
            v.add("unitId", Violations.UNIT_UNKNOWN);
        } else if (d.heldOn() != null && !unit.get().isValidOn(d.heldOn())) {
            v.add("heldOn", Violations.UNIT_NOT_VALID_ON, unit.get().name());
        }
        v.throwIfAny();
        return new Clean(topic, participants, issues, followUp, commitments);
    }

    private static List<CommitmentEntity> commitmentsOf(EntityManager em, long dialogueId) {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.dialogueId = :dialogue ORDER BY c.dueOn, c.id",
                CommitmentEntity.class).setParameter("dialogue", dialogueId).getResultList();
    }

    private Dialogue toApi(EntityManager em, DialogueEntity d) {
        return new Dialogue(d.getId(), d.getVersion(), d.getUnitId(), d.getHeldOn(), d.getTopic(),
                d.getParticipants(), d.getIssuesRaised(), d.getFollowUp(),
                commitmentsOf(em, d.getId()).stream().map(this::toApi).toList());
    }

    private Commitment toApi(CommitmentEntity c) {
        return new Commitment(c.getId(), c.getVersion(), c.getDialogueId(), c.getUnitId(), c.getDescription(),
                c.getOwnerName(), c.getOwnerUserId(), c.getDueOn(), c.getDoneOn(),
                Commitment.statusOn(c.getDueOn(), c.getDoneOn(), writes.today()));
    }

    private static Map<String, String> details(Dialogue d) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("heldOn", d.heldOn().toString());
        details.put("topic", d.topic());
        details.put("commitments", Integer.toString(d.commitments().size()));
        return details;
    }
}
