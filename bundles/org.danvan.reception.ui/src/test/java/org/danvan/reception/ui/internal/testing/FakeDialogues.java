package org.danvan.reception.ui.internal.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.reception.api.Commitment;
import org.danvan.reception.api.CommitmentDraft;
import org.danvan.reception.api.CommitmentStatus;
import org.danvan.reception.api.Dialogue;
import org.danvan.reception.api.DialogueDraft;
import org.danvan.reception.api.DialogueService;

/** Dialogues in memory. {@link #refuseNext} makes the next write fail as the real service would. */
public final class FakeDialogues implements DialogueService {

    public final Map<Long, Dialogue> dialogues = new LinkedHashMap<>();
    public final List<LocalDate> commitmentsDueBy = new ArrayList<>();
    public RuntimeException refuseNext;
    private long nextId = 100;

    private void refuseIfAsked() {
        RuntimeException failure = refuseNext;
        refuseNext = null;
        if (failure != null) {
            throw failure;
        }
    }


    @Override
    public Dialogue record(DialogueDraft d, UserPrincipal user) {
        refuseIfAsked();
        long id = nextId++;
        List<Commitment> commitments = new ArrayList<>();
        for (CommitmentDraft c : d.commitments()) {
            commitments.add(new Commitment(nextId++, 1, id, d.unitId(), c.description(), c.owner(), c.ownerUserId(),
                    c.dueOn(), null, CommitmentStatus.OPEN));
        }
        Dialogue dialogue = new Dialogue(id, 1, d.unitId(), d.heldOn(), d.topic(), d.participants(), d.issuesRaised(),
                d.followUp(), commitments);
        dialogues.put(id, dialogue);
        return dialogue;
    }

    @Override
    public Dialogue correct(long dialogueId, long expectedVersion, DialogueDraft draft, UserPrincipal user) {
        refuseIfAsked();
        Dialogue old = dialogues.remove(dialogueId);
        Dialogue fresh = record(draft, user);
        Dialogue kept = new Dialogue(dialogueId, old.version() + 1, fresh.unitId(), fresh.heldOn(), fresh.topic(),
                fresh.participants(), fresh.issuesRaised(), fresh.followUp(), fresh.commitments());
        dialogues.remove(fresh.id());
        dialogues.put(dialogueId, kept);
        return kept;
    }

    @Override
    public Commitment completeCommitment(long commitmentId, long expectedVersion, LocalDate doneOn,
            UserPrincipal user) {
        refuseIfAsked();
        for (Dialogue d : List.copyOf(dialogues.values())) {
            List<Commitment> changed = new ArrayList<>();
            Commitment done = null;
            for (Commitment c : d.commitments()) {
                if (c.id() == commitmentId) {
                    done = new Commitment(c.id(), c.version() + 1, c.dialogueId(), c.unitId(), c.description(),
                            c.owner(), c.ownerUserId(), c.dueOn(), doneOn, CommitmentStatus.DONE);
                    changed.add(done);
                } else {
                    changed.add(c);
                }
            }
            if (done != null) {
                dialogues.put(d.id(), new Dialogue(d.id(), d.version(), d.unitId(), d.heldOn(), d.topic(),
                        d.participants(), d.issuesRaised(), d.followUp(), changed));
                return done;
            }
        }
        throw new IllegalArgumentException("no commitment " + commitmentId);
    }

    @Override
    public Optional<Dialogue> find(long dialogueId, UserPrincipal user) {
        return Optional.ofNullable(dialogues.get(dialogueId));
    }

    @Override
    public List<Dialogue> dialogues(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        return dialogues.values().stream().filter(d -> d.unitId() == unitId && !d.heldOn().isBefore(from)
                && !d.heldOn().isAfter(to)).sorted(Comparator.comparing(Dialogue::heldOn).reversed()).toList();
    }

    @Override
    public List<Commitment> commitmentsDue(long unitId, LocalDate dueBy, UserPrincipal user) {
        commitmentsDueBy.add(dueBy);
        return dialogues.values().stream().filter(d -> d.unitId() == unitId).flatMap(d -> d.commitments().stream())
                .filter(c -> c.status() != CommitmentStatus.DONE && !c.dueOn().isAfter(dueBy))
                .sorted(Comparator.comparing(Commitment::dueOn)).toList();
    }
}
