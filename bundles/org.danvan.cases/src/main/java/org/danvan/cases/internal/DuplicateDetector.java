package org.danvan.cases.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.cases.internal.model.ContentShingle;
import org.danvan.cases.internal.model.DuplicateLink;

import jakarta.persistence.EntityManager;

/**
 * Duplicate candidates at intake, across all units, among cases received in a window: the same person (keyed hash
 * of normalised name with ID number or phone) or similar content — the bottom-k sketch (k = 32) of the 64-bit hashes
 * of folded word 3-shingles; two cases whose sketches share the configured share of hashes are candidates. The
 * look-ups are indexed queries. Shingles shared by more than {@value #STOP_THRESHOLD} cases (formulaic openings
 * such as "kính gửi ủy ban nhân dân") are a stop list, recomputed by the daily job: they say nothing about
 * sameness and would make the content look-up touch every case.
 */
final class DuplicateDetector {

    static final int SKETCH_SIZE = 32;
    static final String PERSON = "PERSON";
    static final String CONTENT = "CONTENT";
    static final int STOP_THRESHOLD = 100;
    private static final long STOP_LIST_MAX_AGE_MILLIS = 60 * 60 * 1000L;

    private final CaseContext context;
    private volatile Set<Long> stopList;
    private volatile long stopListLoadedAt;

    DuplicateDetector(CaseContext context) {
        this.context = context;
    }

    /** The sketch of a text without the stop-listed shingles. */
    Set<Long> sketchOf(String content) {
        return sketch(content, stopList());
    }

    /** The sketch of a text: the smallest distinct shingle hashes. */
    static Set<Long> sketch(String content) {
        return sketch(content, Set.of());
    }

    /** The sketch of a text: the smallest distinct shingle hashes not in the stop list. */
    static Set<Long> sketch(String content, Set<Long> stop) {
        List<String> words = TextFolding.words(content);
        TreeSet<Long> hashes = new TreeSet<>();
        int width = Math.min(3, words.size());
        for (int i = 0; width > 0 && i + width <= words.size(); i++) {
            long hash = fnv64(String.join(" ", words.subList(i, i + width)));
            if (stop.contains(hash)) {
                continue;
            }
            hashes.add(hash);
            if (hashes.size() > SKETCH_SIZE) {
                hashes.pollLast();
            }
        }
        return hashes;
    }

    /** Stores a new case's sketch. */
    void storeSketch(EntityManager em, long caseId, Set<Long> sketch) {
        for (Long hash : sketch) {
            ContentShingle row = new ContentShingle();
            row.caseId = caseId;
            row.hash = hash;
            em.persist(row);
        }
    }

    /** Finds and records the candidates of a new case; returns the recorded links. */
    List<DuplicateLink> detect(EntityManager em, long caseId, LocalDate receivedOn, Set<String> matchHashes,
            Set<Long> sketch) {
        List<DuplicateLink> links = find(em, caseId, receivedOn, matchHashes, sketch);
        links.forEach(em::persist);
        return links;
    }

    /**
     * The candidates of a case or of a letter not yet recorded ({@code caseId} -1), unsaved: links from that id to
     * the other cases, at most 50 by person and 50 by content.
     */
    List<DuplicateLink> find(EntityManager em, long caseId, LocalDate receivedOn, Set<String> matchHashes,
            Set<Long> sketch) {
        LocalDate since = receivedOn.minusDays(context.settings().duplicateWindowDays());
        Map<Long, DuplicateLink> found = new LinkedHashMap<>();
        if (!matchHashes.isEmpty()) {
            // two queries, one per indexed column: an OR across both would scan the table on MariaDB
            for (String column : List.of("matchId", "matchPhone")) {
                List<Long> persons = em.createQuery("SELECT DISTINCT p.caseId FROM CasePerson p, CaseRecord c "
                        + "WHERE c.id = p.caseId AND c.receivedOn >= :since AND p.caseId <> :me "
                        + "AND p." + column + " IN :h", Long.class)
                        .setParameter("since", since).setParameter("me", caseId).setParameter("h", matchHashes)
                        .setMaxResults(50).getResultList();
                for (Long other : persons) {
                    found.putIfAbsent(other, link(caseId, other, PERSON, 100));
                }
            }
        }
        if (!sketch.isEmpty()) {
            long needed = Math.max(2, (sketch.size() * (long) context.settings().contentSimilarityPercent() + 99) / 100);
            List<Object[]> rows = em.createQuery("SELECT s.caseId, COUNT(s) FROM ContentShingle s, CaseRecord c "
                    + "WHERE c.id = s.caseId AND c.receivedOn >= :since AND s.caseId <> :me AND s.hash IN :h "
                    + "GROUP BY s.caseId HAVING COUNT(s) >= :n ORDER BY COUNT(s) DESC", Object[].class)
                    .setParameter("since", since).setParameter("me", caseId).setParameter("h", sketch)
                    .setParameter("n", needed).setMaxResults(50).getResultList();
            for (Object[] row : rows) {
                long other = ((Number) row[0]).longValue();
                int score = (int) (((Number) row[1]).longValue() * 100 / sketch.size());
                found.putIfAbsent(other, link(caseId, other, CONTENT, score));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Recomputes the stop list from the stored sketches (daily job); returns its size. */
    int refreshStopList() {
        int size = context.store().inTransaction(em -> {
            em.createNativeQuery("DELETE FROM cas_shingle_stop").executeUpdate();
            return em.createNativeQuery("INSERT INTO cas_shingle_stop (hash_value) SELECT hash_value FROM cas_shingle "
                    + "GROUP BY hash_value HAVING COUNT(*) > " + STOP_THRESHOLD).executeUpdate();
        });
        stopList = null;
        return size;
    }

    private Set<Long> stopList() {
        Set<Long> current = stopList;
        if (current == null || System.currentTimeMillis() - stopListLoadedAt > STOP_LIST_MAX_AGE_MILLIS) {
            List<?> rows = context.store().read(em -> em.createNativeQuery("SELECT hash_value FROM cas_shingle_stop")
                    .getResultList());
            Set<Long> loaded = new java.util.HashSet<>();
            rows.forEach(row -> loaded.add(((Number) row).longValue()));
            current = Set.copyOf(loaded);
            stopList = current;
            stopListLoadedAt = System.currentTimeMillis();
        }
        return current;
    }

    private static DuplicateLink link(long caseId, long other, String reason, int score) {
        DuplicateLink link = new DuplicateLink();
        link.caseId = caseId;
        link.otherCaseId = other;
        link.reason = reason;
        link.score = score;
        link.state = "OPEN";
        return link;
    }

    private static long fnv64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
