package org.danvan.noticeboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.danvan.noticeboard.api.Notice;
import org.danvan.noticeboard.api.NoticeAccessException;
import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.noticeboard.api.NoticeConflictException;
import org.danvan.noticeboard.api.NoticeDraft;
import org.danvan.noticeboard.api.NoticeService;
import org.danvan.noticeboard.api.NoticeValidationException;
import org.danvan.noticeboard.internal.model.NoticeEntity;
import org.danvan.platform.api.security.UserPrincipal;
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

/** The notice board on its own persistence unit. */
@Component(service = NoticeService.class, immediate = true)
public class NoticeServiceImpl implements NoticeService {

    /** The notice board's persistence unit. */
    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("noticeboard",
            "db/noticeboard/changelog.xml", NoticeEntity.class);

    /** Publication days are Vietnamese calendar days, whatever the server's time zone. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Logger LOG = LoggerFactory.getLogger(NoticeServiceImpl.class);
    private static final String PUBLISHED = " FROM Notice n WHERE n.publishFrom <= :today"
            + " AND (n.expiresOn IS NULL OR n.expiresOn >= :today)";

    private final EntityStore store;
    private final Clock clock;

    @Activate
    public NoticeServiceImpl(@Reference PersistenceService persistence) {
        this(persistence, Clock.system(VIETNAM));
    }

    NoticeServiceImpl(PersistenceService persistence, Clock clock) {
        this.store = persistence.open(UNIT);
        this.clock = clock;
    }

    @Deactivate
    void deactivate() {
        store.close();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    private LocalDateTime nowUtc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    @Override
    public List<Notice> listPublished(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        LocalDate today = today();
        return store.read(em -> em
                .createQuery("SELECT n" + PUBLISHED + " ORDER BY n.publishFrom DESC, n.createdAt DESC, n.id DESC",
                        NoticeEntity.class)
                .setParameter("today", today).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(NoticeServiceImpl::toNotice).toList());
    }

    @Override
    public long countPublished() {
        LocalDate today = today();
        return store.read(em -> em.createQuery("SELECT COUNT(n)" + PUBLISHED, Long.class)
                .setParameter("today", today).getSingleResult());
    }

    @Override
    public Optional<Notice> find(long id) {
        return store.read(em -> Optional.ofNullable(em.find(NoticeEntity.class, id)).map(NoticeServiceImpl::toNotice));
    }

    @Override
    public Notice create(NoticeDraft draft, UserPrincipal author) {
        requirePublisher(author);
        requireValid(draft);
        Notice created = store.inTransaction(em -> {
            NoticeEntity entity = new NoticeEntity(author.login(), author.fullName(), author.orgUnitId(),
                    author.orgUnitName(), nowUtc());
            entity.setContent(draft.title(), draft.body(), draft.publishFrom(), draft.expiresOn());
            em.persist(entity);
            em.flush();
            return toNotice(entity);
        });
        LOG.info("Notice {} '{}' created by {}", created.id(), created.title(), author.login());
        return created;
    }

    @Override
    public Notice update(long id, long expectedVersion, NoticeDraft draft, UserPrincipal editor) {
        requirePublisher(editor);
        requireValid(draft);
        Notice updated = writeChecked(em -> {
            NoticeEntity entity = current(em, id, expectedVersion);
            entity.setContent(draft.title(), draft.body(), draft.publishFrom(), draft.expiresOn());
            entity.setUpdatedAt(nowUtc());
            em.flush();
            return toNotice(entity);
        });
        LOG.info("Notice {} updated by {} (version {})", id, editor.login(), updated.version());
        return updated;
    }

    @Override
    public void delete(long id, long expectedVersion, UserPrincipal user) {
        requirePublisher(user);
        writeChecked(em -> {
            em.remove(current(em, id, expectedVersion));
            em.flush();
            return null;
        });
        LOG.info("Notice {} deleted by {}", id, user.login());
    }

    /** The notice as the caller last saw it, or a conflict. */
    private static NoticeEntity current(EntityManager em, long id, long expectedVersion) {
        NoticeEntity entity = em.find(NoticeEntity.class, id);
        if (entity == null) {
            throw new NoticeConflictException(NoticeConflictException.GONE);
        }
        if (entity.getVersion() != expectedVersion) {
            throw new NoticeConflictException(NoticeConflictException.CHANGED);
        }
        return entity;
    }

    /**
     * Runs a write whose version check in SQL may still fail when another writer commits between our read and our
     * flush.
     */
    private <T> T writeChecked(Function<EntityManager, T> work) {
        try {
            return store.inTransaction(work);
        } catch (NoticeConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            if (causedByOptimisticLock(e)) {
                throw new NoticeConflictException(NoticeConflictException.CHANGED);
            }
            throw e;
        }
    }

    private static boolean causedByOptimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // EclipseLink's own OptimisticLockException (at commit) shares the simple name; matching it by name
            // keeps this bundle free of EclipseLink imports
            if (t instanceof OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static void requirePublisher(UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        if (!user.hasPermission(NoticeBoardPermissions.PUBLISH)) {
            LOG.info("Notice board write refused to {}: no {}", user.login(), NoticeBoardPermissions.PUBLISH);
            throw new NoticeAccessException();
        }
    }

    private static void requireValid(NoticeDraft draft) {
        Objects.requireNonNull(draft, "draft");
        List<String> problems = draft.validate();
        if (!problems.isEmpty()) {
            throw new NoticeValidationException(problems);
        }
    }

    private static Notice toNotice(NoticeEntity e) {
        return new Notice(e.getId(), e.getVersion(), e.getTitle(), e.getBody(), e.getAuthorLogin(),
                e.getAuthorName(), e.getOrgUnitId(), e.getOrgUnitName(), e.getPublishFrom(), e.getExpiresOn(),
                e.getCreatedAt().toInstant(ZoneOffset.UTC), e.getUpdatedAt().toInstant(ZoneOffset.UTC));
    }
}
