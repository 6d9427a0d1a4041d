package org.danvan.noticeboard.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.danvan.noticeboard.api.Notice;
import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.noticeboard.api.NoticeDraft;
import org.danvan.noticeboard.api.NoticeService;
import org.danvan.noticeboard.internal.model.NoticeEntity;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;

/** The notice board on its own persistence unit, deciding with the platform's access control, audited. */
@Component(service = NoticeService.class, immediate = true)
public class NoticeServiceImpl implements NoticeService {

    /** The notice board's persistence unit. */
    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("noticeboard",
            "db/noticeboard/changelog.xml", NoticeEntity.class);

    private static final Logger LOG = LoggerFactory.getLogger(NoticeServiceImpl.class);
    private static final String PUBLISHED = " FROM Notice n WHERE n.publishFrom <= :today"
            + " AND (n.expiresOn IS NULL OR n.expiresOn >= :today)";
    private static final String READABLE = " AND (n.orgUnitId IN :units OR n.orgUnitId IS NULL)";

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public NoticeServiceImpl(@Reference PersistenceService persistence, @Reference AccessControl access,
            @Reference OrgUnitDirectory units, @Reference AuditTrail audit) {
        this(persistence, access, units, audit, PlatformTime.clock());
    }

    /** With a clock of the caller's (tests). */
    public NoticeServiceImpl(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, Clock clock) {
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.store = persistence.open(UNIT);
    }

    @Deactivate
    public void deactivate() {
        store.close();
    }

    @Override
    public List<Notice> listPublished(UserPrincipal reader, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        Readership readership = Readership.of(reader, access, units);
        if (readership.isNobody()) {
            return List.of();
        }
        return store.read(em -> published(em, "SELECT n", NoticeEntity.class, readership,
                " ORDER BY n.publishFrom DESC, n.createdAt DESC, n.id DESC")
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(NoticeServiceImpl::toNotice).toList());
    }

    @Override
    public long countPublished(UserPrincipal reader) {
        Readership readership = Readership.of(reader, access, units);
        if (readership.isNobody()) {
            return 0;
        }
        return store.read(em -> published(em, "SELECT COUNT(n)", Long.class, readership, "").getSingleResult());
    }

    private <T> TypedQuery<T> published(EntityManager em, String select, Class<T> type, Readership readership,
            String order) {
        TypedQuery<T> query = em.createQuery(select + PUBLISHED + (readership.everything() ? "" : READABLE) + order,
                type).setParameter("today", PlatformTime.today(clock));
        return readership.everything() ? query : query.setParameter("units", readership.unitIds());
    }

    @Override
    public Optional<Notice> find(long id, UserPrincipal reader) {
        Optional<Notice> notice = store.read(em -> Optional.ofNullable(em.find(NoticeEntity.class, id)))
                .map(NoticeServiceImpl::toNotice);
        return notice.filter(n -> Readership.of(reader, access, units).reads(n.orgUnitId()));
    }

    @Override
    public boolean mayPublish(UserPrincipal user) {
        return user != null && user.orgUnitId() != null
                && access.isPermitted(user, NoticeBoardPermissions.PUBLISH, user.orgUnitId());
    }

    @Override
    public boolean mayEdit(Notice notice, UserPrincipal user) {
        return user != null && (notice.orgUnitId() == null
                // a notice from before notices had units: the installation's publishers (held at a root unit)
                ? access.scope(user, NoticeBoardPermissions.PUBLISH).unrestricted()
                : access.isPermitted(user, NoticeBoardPermissions.PUBLISH, notice.orgUnitId()));
    }

    @Override
    public Notice create(NoticeDraft draft, UserPrincipal author) {
        Objects.requireNonNull(author, "author");
        if (author.orgUnitId() == null) {
            throw ValidationException.of("unit", NO_UNIT);
        }
        access.check(author, NoticeBoardPermissions.PUBLISH, author.orgUnitId());
        requireValid(draft);
        String unitName = units.find(author.orgUnitId()).map(u -> u.name()).orElse(author.orgUnitName());
        Notice created = store.inTransaction(em -> {
            NoticeEntity entity = new NoticeEntity(author.login(), author.fullName(), author.orgUnitId(), unitName,
                    nowUtc());
            entity.setContent(draft.title(), draft.body(), draft.publishFrom(), draft.expiresOn());
            em.persist(entity);
            em.flush();
            Notice notice = toNotice(entity);
            audited("noticeboard.notice.created", author, notice, content(notice));
            return notice;
        });
        return created;
    }

    @Override
    public Notice update(long id, long expectedVersion, NoticeDraft draft, UserPrincipal editor) {
        Objects.requireNonNull(editor, "editor");
        requireValid(draft);
        Notice updated = write(em -> {
            NoticeEntity entity = current(em, id, expectedVersion, editor);
            entity.setContent(draft.title(), draft.body(), draft.publishFrom(), draft.expiresOn());
            entity.setUpdatedAt(nowUtc());
            em.flush();
            Notice notice = toNotice(entity);
            audited("noticeboard.notice.updated", editor, notice, content(notice));
            return notice;
        });
        return updated;
    }

    @Override
    public void delete(long id, long expectedVersion, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        write(em -> {
            NoticeEntity entity = current(em, id, expectedVersion, user);
            Notice before = toNotice(entity);
            em.remove(entity);
            em.flush();
            audited("noticeboard.notice.deleted", user, before, Map.of("title", before.title()));
            return before;
        });
    }

    /** The notice as the caller last saw it, if the caller may change it. */
    private NoticeEntity current(EntityManager em, long id, long expectedVersion, UserPrincipal user) {
        NoticeEntity entity = em.find(NoticeEntity.class, id);
        if (entity == null) {
            throw ValidationException.of(null, GONE);
        }
        Notice notice = toNotice(entity);
        if (!mayEdit(notice, user)) {
            throw new AccessDeniedException(user.login(), NoticeBoardPermissions.PUBLISH,
                    notice.orgUnitId() == null ? 0 : notice.orgUnitId());
        }
        if (entity.getVersion() != expectedVersion) {
            throw new OptimisticLockException("notice " + id + " is at version " + entity.getVersion() + ", not "
                    + expectedVersion, null, entity);
        }
        return entity;
    }

    /**
     * Runs a write. A version conflict found at commit (another writer committed between our read and our write)
     * reaches the caller as {@link OptimisticLockException}, which screens show as "changed meanwhile, reload".
     */
    private <T> T write(Function<EntityManager, T> work) {
        try {
            return store.inTransaction(work);
        } catch (OptimisticLockException | ValidationException | AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // EclipseLink's own OptimisticLockException shares the simple name; matched by name so that this
                // bundle imports no EclipseLink package
                if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                    OptimisticLockException conflict = new OptimisticLockException(t.getMessage());
                    conflict.initCause(e);
                    throw conflict;
                }
            }
            throw e;
        }
    }

    private static void requireValid(NoticeDraft draft) {
        Objects.requireNonNull(draft, "draft");
        List<Violation> problems = draft.validate();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static Map<String, String> content(Notice notice) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("title", notice.title());
        details.put("publishFrom", notice.publishFrom().toString());
        details.put("expiresOn", notice.expiresOn() == null ? "" : notice.expiresOn().toString());
        return details;
    }

    /**
     * Writes the audit entry of a change, last inside the unit of work that makes it: the platform's trail joins that
     * transaction, so the change and its entry commit together, and a failing trail rolls the change back and reaches
     * the user as a failed save (nothing is stored that the trail does not know of).
     */
    private void audited(String action, UserPrincipal user, Notice notice, Map<String, String> details) {
        audit.record(new AuditEvent(action, user.login(), user.userId(), "notice", Long.toString(notice.id()),
                notice.orgUnitId(), details, null));
        LOG.info("{} notice {} (version {})", action, notice.id(), notice.version());
    }

    private LocalDateTime nowUtc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Notice toNotice(NoticeEntity e) {
        return new Notice(e.getId(), e.getVersion(), e.getTitle(), e.getBody(), e.getAuthorLogin(),
                e.getAuthorName(), e.getOrgUnitId(), e.getOrgUnitName(), e.getPublishFrom(), e.getExpiresOn(),
                e.getCreatedAt().toInstant(ZoneOffset.UTC), e.getUpdatedAt().toInstant(ZoneOffset.UTC));
    }
}
