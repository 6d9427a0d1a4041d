package org.danvan.reception.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.reception.api.BookEntry;
import org.danvan.reception.api.BookEntryDraft;
import org.danvan.reception.api.BookFilter;
import org.danvan.reception.api.ReceptionBook;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.internal.model.BookCounterEntity;
import org.danvan.reception.internal.model.BookEntryEntity;
import org.danvan.reception.internal.model.SessionEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/** The reception book on the reception unit. */
@Component(service = ReceptionBook.class, immediate = true)
public class ReceptionBookImpl implements ReceptionBook {

    static final String TARGET = "reception-book-entry";
    private static final Logger LOG = LoggerFactory.getLogger(ReceptionBookImpl.class);
    /** Read the locked row from the database, not from EclipseLink's shared cache. */
    private static final Map<String, Object> FROM_DATABASE = Map.of("eclipselink.refresh", "true");
    private static final int MAX_SEARCH_WORDS = 10;

    private final Writes writes;
    private final AccessControl access;
    private final BookEntryValidator validator;
    private final BookEntryMapper mapper;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CaseIntake caseIntake;

    @Activate
    public ReceptionBookImpl(@Reference ReceptionDatabase database, @Reference AccessControl access,
            @Reference OrgUnitDirectory units, @Reference AuditTrail audit) {
        this(database, access, units, audit, Clock.system(Writes.VIETNAM), null);
    }

    ReceptionBookImpl(ReceptionDatabase database, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            Clock clock, CaseIntake caseIntake) {
        this.writes = new Writes(database.store(), audit, clock);
        this.access = access;
        this.validator = new BookEntryValidator(units);
        this.mapper = new BookEntryMapper(database.protector());
        this.caseIntake = caseIntake;
    }

    @Override
    public BookEntry record(BookEntryDraft draft, UserPrincipal user) {
        Objects.requireNonNull(draft, "draft");
        access.check(user, ReceptionPermissions.RECORD, draft.unitId());
        BookEntryValidator.Clean clean = validator.validate(draft, writes.today(), sessionUnit(draft.sessionId()));
        int year = draft.receivedOn().getYear();
        ensureCounter(draft.unitId(), year);
        BookEntry created = writes.audited(em -> {
            // the counter row stays locked until this transaction ends: the next officer waits, then continues
            // after our number; if we roll back, our number is given again
            BookCounterEntity counter = em.find(BookCounterEntity.class,
                    BookCounterEntity.keyOf(draft.unitId(), year), LockModeType.PESSIMISTIC_WRITE, FROM_DATABASE);
            BookEntryEntity entry = new BookEntryEntity(draft.unitId(), year, counter.next(), user.login(),
                    writes.nowUtc());
            fill(entry, draft, clean);
            em.persist(entry);
            em.flush();
            return mapper.toApi(entry);
        }, saved -> {
            writes.audit("reception.book-entry.recorded", user, TARGET, saved.id(), saved.unitId(), details(saved));
        });
        return created;
    }

    /** Creates the counter row of a unit's book for a year if it is missing, in a transaction of its own. */
    private void ensureCounter(long unitId, int year) {
        String key = BookCounterEntity.keyOf(unitId, year);
        if (writes.store().read(em -> em.find(BookCounterEntity.class, key)) != null) {
            return;
        }
        try {
            writes.store().run(em -> {
                if (em.find(BookCounterEntity.class, key, FROM_DATABASE) == null) {
                    em.persist(new BookCounterEntity(unitId, year));
                }
            });
        } catch (RuntimeException e) {
            // the first entry of the year recorded by two officers at once: the other created the row
            if (writes.store().read(em -> em.find(BookCounterEntity.class, key, FROM_DATABASE)) == null) {
                throw e;
            }
            LOG.debug("Counter {} created concurrently", key);
        }
    }

    @Override
    public BookEntry correct(long entryId, long expectedVersion, BookEntryDraft draft, UserPrincipal user) {
        Objects.requireNonNull(draft, "draft");
        BookEntryEntity stored = writes.store().read(em -> em.find(BookEntryEntity.class, entryId));
        if (stored == null) {
            throw ValidationException.of(null, "reception.validation.entry-unknown");
        }
        access.check(user, ReceptionPermissions.RECORD, stored.getUnitId());
        if (stored.getUnitId() != draft.unitId()) {
            throw ValidationException.of("unitId", "reception.validation.unit-fixed");
        }
        BookEntryValidator.Clean clean = validator.validate(draft, writes.today(), sessionUnit(draft.sessionId()));
        if (draft.receivedOn().getYear() != stored.getYear()) {
            throw ValidationException.of("receivedOn", "reception.validation.year-fixed", stored.getYear());
        }
        BookEntry corrected = writes.audited(em -> {
            BookEntryEntity entry = em.find(BookEntryEntity.class, entryId);
            Writes.requireVersion(entry.getVersion(), expectedVersion, entry);
            if (entry.getCaseId() != null && !draft.disposition().becomesCase()) {
                throw ValidationException.of("disposition", "reception.validation.case-exists", entry.getCaseId());
            }
            fill(entry, draft, clean);
            em.flush();
            return mapper.toApi(entry);
        }, saved -> {
            writes.audit("reception.book-entry.corrected", user, TARGET, entryId, saved.unitId(), details(saved));
        });
        return corrected;
    }

    private void fill(BookEntryEntity entry, BookEntryDraft draft, BookEntryValidator.Clean clean) {
        mapper.setCitizen(entry, clean.name(), clean.address(), clean.idNumber());
        entry.setPetition(draft.receivedOn(), clean.content(), TextFolding.fold(clean.content()), draft.petitionKind(),
                draft.peopleCount(), clean.previouslyHandledBy(), draft.disposition(), clean.transferredTo(),
                clean.followUp(), clean.notes(), draft.sessionId(), writes.nowUtc());
        entry.setRefusal(clean.refusalGround(), clean.refusalGround() == null ? null : draft.refusalNoticeOn());
    }

    /** Empty when no session is named, the session's unit when it exists, {@code null} when it does not. */
    private Optional<Long> sessionUnit(Long sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        SessionEntity session = writes.store().read(em -> em.find(SessionEntity.class, sessionId));
        return session == null ? null : Optional.of(session.getUnitId());
    }

    @Override
    public Optional<BookEntry> find(long entryId, UserPrincipal user) {
        BookEntryEntity entry = writes.store().read(em -> em.find(BookEntryEntity.class, entryId));
        if (entry == null || !access.isPermitted(user, ReceptionPermissions.VIEW, entry.getUnitId())) {
            return Optional.empty();
        }
        return Optional.of(mapper.toApi(entry));
    }

    @Override
    public List<BookEntry> page(BookFilter filter, int offset, int limit, UserPrincipal user) {
        Violations v = new Violations();
        v.within("offset", offset, 0, Integer.MAX_VALUE);
        v.within("limit", limit, 1, MAX_PAGE_SIZE);
        v.throwIfAny();
        return query(filter, user, "SELECT e", " ORDER BY e.receivedOn DESC, e.year DESC, e.number DESC, e.id DESC",
                BookEntryEntity.class, List.of(), (q, em) -> q.setFirstResult(offset).setMaxResults(limit)
                        .getResultList().stream().map(mapper::toApi).toList());
    }

    @Override
    public long count(BookFilter filter, UserPrincipal user) {
        return query(filter, user, "SELECT COUNT(e)", "", Long.class, 0L, (q, em) -> q.getSingleResult());
    }

    private interface Run<Q, R> {
        R apply(TypedQuery<Q> query, EntityManager em);
    }

    private <Q, R> R query(BookFilter filter, UserPrincipal user, String select, String order, Class<Q> type,
            R nothing, Run<Q, R> run) {
        BookFilter f = filter == null ? BookFilter.any() : filter;
        Violations v = new Violations();
        String text = v.text("text", f.text(), false, 1, 200);
        List<String> words = text == null ? List.of() : TextFolding.words(text);
        if (words.size() > MAX_SEARCH_WORDS) {
            v.add("text", "reception.validation.too-many-words", MAX_SEARCH_WORDS);
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            v.add("to", Violations.RANGE_REVERSED);
        }
        v.throwIfAny();
        if (f.unitId() != null) {
            access.check(user, ReceptionPermissions.VIEW, f.unitId());
        }
        AccessScope scope = access.scope(user, ReceptionPermissions.VIEW);
        if (scope.isEmpty()) {
            return nothing;
        }
        StringBuilder where = new StringBuilder(" FROM BookEntry e WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.unrestricted()) {
            where.append(" AND e.unitId IN :scope");
            params.put("scope", new ArrayList<>(scope.unitIds()));
        }
        if (f.unitId() != null) {
            where.append(" AND e.unitId = :unit");
            params.put("unit", f.unitId());
        }
        if (f.from() != null) {
            where.append(" AND e.receivedOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND e.receivedOn <= :to");
            params.put("to", f.to());
        }
        if (f.disposition() != null) {
            where.append(" AND e.disposition = :disposition");
            params.put("disposition", f.disposition());
        }
        if (!words.isEmpty()) {
            PersonalDataProtector protector = mapper.protector();
            List<String> hashes = protector.wordHashes(text);
            where.append(" AND (");
            Optional<String> idNumber = BookEntryValidator.asIdNumber(text);
            if (idNumber.isPresent()) {
                where.append("e.idNumberIndex = :idNumber OR ");
                params.put("idNumber", protector.idNumberIndex(idNumber.get()));
            }
            where.append("(1 = 1");
            for (int i = 0; i < words.size(); i++) {
                // the words are letters and digits only: nothing to escape in LIKE
                where.append(" AND (e.contentFolded LIKE :content").append(i).append(" OR e.nameIndex LIKE :name")
                        .append(i).append(')');
                params.put("content" + i, "%" + words.get(i) + "%");
                params.put("name" + i, "% " + hashes.get(i) + " %");
            }
            where.append("))");
        }
        return writes.store().read(em -> {
            TypedQuery<Q> q = em.createQuery(select + where + order, type);
            params.forEach(q::setParameter);
            return run.apply(q, em);
        });
    }

    @Override
    public long openCase(long entryId, UserPrincipal user) {
        BookEntryEntity stored = writes.store().read(em -> em.find(BookEntryEntity.class, entryId));
        if (stored == null) {
            throw ValidationException.of(null, "reception.validation.entry-unknown");
        }
        access.check(user, ReceptionPermissions.RECORD, stored.getUnitId());
        CaseIntake intake = caseIntake;
        if (intake == null) {
            throw new IllegalStateException("The case engine is not installed: entry " + entryId
                    + " cannot become a case");
        }
        boolean[] created = { false };
        long caseId = writes.audited(em -> {
            // concurrent attempts queue on this row lock; the loser finds the winner's case id afterwards
            BookEntryEntity entry = em.find(BookEntryEntity.class, entryId, LockModeType.PESSIMISTIC_WRITE,
                    FROM_DATABASE);
            if (entry.getCaseId() != null) {
                return entry.getCaseId();
            }
            if (!entry.getDisposition().becomesCase()) {
                throw ValidationException.of("disposition", "reception.validation.returned-no-case");
            }
            // an earlier attempt may have created the case and then failed to store its id here: reuse that case
            CaseIntake.Petition petition = petition(entry);
            Optional<Long> earlier = intake.findExisting(petition, user);
            long id = earlier.orElseGet(() -> intake.intake(petition, user));
            created[0] = earlier.isEmpty();
            entry.linkCase(id, writes.nowUtc());
            em.flush();
            return id;
        }, linked -> {
            if (created[0]) {
                Map<String, String> details = new LinkedHashMap<>();
                details.put("caseId", Long.toString(linked));
                writes.audit("reception.book-entry.case-opened", user, TARGET, entryId, stored.getUnitId(), details);
            }
        });
        return caseId;
    }

    private CaseIntake.Petition petition(BookEntryEntity entry) {
        BookEntry decrypted = mapper.toApi(entry);
        return new CaseIntake.Petition(entry.getId(), entry.getUnitId(), entry.getReceivedOn(),
                entry.getPetitionKind(), decrypted.citizenName(), decrypted.citizenAddress(), decrypted.idNumber(),
                entry.getContent(), entry.getPeopleCount());
    }

    /** What the audit trail keeps of an entry: never the citizen's personal data. */
    private static Map<String, String> details(BookEntry e) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("number", e.year() + "/" + e.number());
        details.put("receivedOn", e.receivedOn().toString());
        details.put("petitionKind", e.petitionKind().name());
        details.put("disposition", e.disposition().name());
        details.put("peopleCount", Integer.toString(e.peopleCount()));
        return details;
    }
}
