package org.danvan.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.model.SearchToken;

import jakarta.persistence.EntityManager;

/**
 * The token table behind the diacritic-insensitive search: folded words of the content, the concerned party and the
 * number, matched by prefix ({@code token LIKE 'ngu%'} on an index); keyed hashes of petitioner name words, matched
 * exactly. A query word must match a token of the case; all words must match. Query words of one or two letters
 * match whole words only: Vietnamese syllables are short, and "do%" would match "don" (đơn) in every letter.
 */
final class SearchIndex {

    /** Distinct content words indexed per case, enough for any letter and bounded for the table's size. */
    static final int MAX_WORDS = 400;
    /** Shorter query words match whole words only. */
    static final int MIN_PREFIX = 3;
    /** Query words considered. */
    static final int MAX_QUERY_WORDS = 6;

    private final IdentityVault vault;

    SearchIndex(IdentityVault vault) {
        this.vault = vault;
    }

    /** The clear tokens of a case (content, concerned party, number). */
    static Set<String> clearTokens(CaseRecord record) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.addAll(TextFolding.distinctWords(record.number));
        tokens.add(Integer.toString(record.caseSeq));
        tokens.addAll(TextFolding.distinctWords(record.concerned));
        for (String word : TextFolding.distinctWords(record.content)) {
            if (tokens.size() >= MAX_WORDS) {
                break;
            }
            tokens.add(word);
        }
        return tokens;
    }

    /** Writes the tokens of a new case. */
    void index(EntityManager em, CaseRecord record, Set<String> nameTokens) {
        Set<String> tokens = clearTokens(record);
        tokens.addAll(nameTokens);
        for (String token : tokens) {
            SearchToken row = new SearchToken();
            row.caseId = record.getId();
            row.token = token;
            em.persist(row);
        }
    }

    /** Replaces the name tokens of a case (after a reclassification made it protected or unprotected). */
    void replaceNameTokens(EntityManager em, long caseId, Set<String> nameTokens) {
        em.createQuery("DELETE FROM SearchToken t WHERE t.caseId = :c AND t.token LIKE :p")
                .setParameter("c", caseId).setParameter("p", IdentityVault.NAME_TOKEN_PREFIX + "%").executeUpdate();
        for (String token : nameTokens) {
            SearchToken row = new SearchToken();
            row.caseId = caseId;
            row.token = token;
            em.persist(row);
        }
    }

    /** Case ids fetched per query word (an index-only range scan) before that word is checked per candidate. */
    static final int NARROW_LIMIT = 50_000;
    /** Largest id list handed to the page query; beyond it the sub-query form is used. */
    static final int MAX_ID_LIST = 20_000;

    /**
     * For a query of several words, the cases matching every word, fetched word by word from the token index and
     * intersected here; {@code null} for a single word or when the intersection stays too large, in which case the
     * caller uses {@link #condition}. Keeps the database from joining several large sub-results (seconds at 100,000
     * cases when every word is common).
     */
    Set<Long> matchingCaseIds(EntityManager em, String text) {
        List<String> words = new ArrayList<>(TextFolding.distinctWords(text));
        if (words.size() < 2) {
            return null;
        }
        words = words.subList(0, Math.min(words.size(), MAX_QUERY_WORDS));
        Set<Long> result = null;
        List<String> unresolved = new ArrayList<>();
        for (String word : words) {
            List<Long> ids = em.createQuery("SELECT t.caseId FROM SearchToken t WHERE t.token LIKE :p OR t.token = :h",
                    Long.class).setParameter("p", pattern(word)).setParameter("h", vault.nameToken(word))
                    .setMaxResults(NARROW_LIMIT + 1).getResultList();
            if (ids.size() > NARROW_LIMIT) {
                unresolved.add(word);
                continue;
            }
            Set<Long> matching = new java.util.HashSet<>(ids);
            if (result == null) {
                result = matching;
            } else {
                result.retainAll(matching);
            }
        }
        if (result == null) {
            return null;
        }
        for (String word : unresolved) {
            Set<Long> kept = new java.util.HashSet<>();
            List<Long> candidates = new ArrayList<>(result);
            for (int from = 0; from < candidates.size(); from += 1000) {
                kept.addAll(em.createQuery("SELECT DISTINCT t.caseId FROM SearchToken t WHERE t.caseId IN :ids "
                        + "AND (t.token LIKE :p OR t.token = :h)", Long.class)
                        .setParameter("ids", candidates.subList(from, Math.min(candidates.size(), from + 1000)))
                        .setParameter("p", pattern(word)).setParameter("h", vault.nameToken(word)).getResultList());
            }
            result = kept;
        }
        return result.size() > MAX_ID_LIST ? null : result;
    }

    private static String pattern(String word) {
        return word.length() < MIN_PREFIX ? word : word + "%";
    }

    /**
     * The JPQL condition for a text query on alias {@code c}, with its parameters appended to {@code names} and
     * {@code values}; {@code null} when the text has no words.
     */
    String condition(String text, List<String> names, List<Object> values) {
        List<String> words = new ArrayList<>(TextFolding.distinctWords(text));
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < Math.min(words.size(), MAX_QUERY_WORDS); i++) {
            String word = words.get(i);
            String prefix = "tp" + i;
            String name = "tn" + i;
            if (i > 0) {
                where.append(" AND ");
            }
            where.append("c.id IN (SELECT t").append(i).append(".caseId FROM SearchToken t").append(i)
                    .append(" WHERE t").append(i).append(".token LIKE :").append(prefix).append(" OR t").append(i)
                    .append(".token = :").append(name).append(")");
            names.add(prefix);
            values.add(pattern(word));
            names.add(name);
            values.add(vault.nameToken(word));
        }
        return where.toString();
    }
}
