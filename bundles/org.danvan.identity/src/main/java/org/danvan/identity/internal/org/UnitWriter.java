package org.danvan.identity.internal.org;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.danvan.identity.api.UnitChange;
import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.OrgUnitName;
import org.danvan.identity.internal.model.UnitChangeMember;
import org.danvan.identity.internal.model.UnitChangeRecord;
import org.danvan.identity.internal.model.UnitSuccession;

import jakarta.persistence.EntityManager;

/**
 * Writes geography changes inside the caller's transaction, with their history: the name rows behind
 * {@code nameOn}, the change records behind {@code history}, the succession links behind {@code currentSuccessors}.
 * Validation is the caller's.
 */
public final class UnitWriter {

    private final EntityManager em;
    private final String actorLogin;
    private final LocalDateTime nowUtc;

    public UnitWriter(EntityManager em, String actorLogin, LocalDateTime nowUtc) {
        this.em = em;
        this.actorLogin = actorLogin;
        this.nowUtc = nowUtc;
    }

    /** Persists a new unit, its first name and a CREATE change; the table generator assigns the id at once. */
    public OrgUnit create(String code, String name, String kind, Long parentId, LocalDate validFrom,
            String decision) {
        OrgUnit unit = new OrgUnit(code, name, kind, parentId, validFrom);
        em.persist(unit);
        em.persist(new OrgUnitName(unit.getId(), name, validFrom));
        change(UnitChange.Kind.CREATE, validFrom, null, null, decision, List.of(), List.of(unit));
        return unit;
    }

    /** Gives a unit a new name from a day on. */
    public void rename(OrgUnit unit, String newName, LocalDate effectiveOn, String decision) {
        String oldName = unit.getName();
        unit.setName(newName);
        em.persist(new OrgUnitName(unit.getId(), newName, effectiveOn));
        change(UnitChange.Kind.RENAME, effectiveOn, oldName, newName, decision, List.of(unit), List.of(unit));
    }

    /**
     * Ends the predecessors the day before {@code effectiveOn} (a predecessor that is also a successor, the unit kept
     * by a merge, stays) and links each ended one to every successor.
     */
    public void succeed(UnitChange.Kind kind, List<OrgUnit> predecessors, List<OrgUnit> successors,
            LocalDate effectiveOn, String decision) {
        for (OrgUnit predecessor : predecessors) {
            if (successors.contains(predecessor)) {
                continue;
            }
            predecessor.setValidTo(effectiveOn.minusDays(1));
            for (OrgUnit successor : successors) {
                em.persist(new UnitSuccession(predecessor.getId(), successor.getId(), effectiveOn));
            }
        }
        change(kind, effectiveOn, null, null, decision, predecessors, successors);
    }

    private void change(UnitChange.Kind kind, LocalDate effectiveOn, String oldName, String newName, String decision,
            List<OrgUnit> predecessors, List<OrgUnit> successors) {
        UnitChangeRecord record = new UnitChangeRecord(kind.name(), effectiveOn, oldName, newName, decision,
                actorLogin, nowUtc);
        em.persist(record);
        for (OrgUnit unit : predecessors) {
            em.persist(new UnitChangeMember(record.getId(), unit.getId(), UnitChangeMember.PREDECESSOR));
        }
        for (OrgUnit unit : successors) {
            em.persist(new UnitChangeMember(record.getId(), unit.getId(), UnitChangeMember.SUCCESSOR));
        }
    }
}
