package org.danvan.cases.api;

import java.util.Set;

import org.danvan.rules.api.Variant;

/**
 * The classification of a letter under Circular 05/2021/TT-TTCP. A letter is processable when it is in Vietnamese
 * (or has a notarised translation), dated, carries the writer's name and address, and is signed or fingerprinted.
 * An anonymous denunciation (no name and address) is processable only if it names the violator and gives
 * specific, verifiable evidence.
 *
 * @param kind the kind as classified (may differ from intake)
 * @param inVietnamese written in Vietnamese or with a notarised translation
 * @param dated carries a date
 * @param nameAndAddress carries the writer's name and address
 * @param signed signed or fingerprinted
 * @param namesViolator (denunciation) names the person denounced
 * @param specificEvidence (denunciation) gives specific, verifiable evidence
 * @param variants the circumstances that lengthen limits or allow extensions where the rule says so (complex,
 *            especially complex, remote area, several agencies); empty for an ordinary case
 * @param note the officer's note, may be {@code null} — except for a complaint found (especially) complex from
 *            1 July 2026, where it states the grounds of that finding (see {@link CaseService#classify})
 */
public record Classification(CaseKind kind, boolean inVietnamese, boolean dated, boolean nameAndAddress,
        boolean signed, boolean namesViolator, boolean specificEvidence, Set<Variant> variants, String note) {

    public Classification {
        variants = variants == null ? Set.of() : Set.copyOf(variants);
    }

    /** A letter that meets every formal requirement, without special circumstances. */
    public static Classification complete(CaseKind kind) {
        return new Classification(kind, true, true, true, true, true, true, Set.of(), null);
    }

    /** The same classification with circumstances. */
    public Classification withVariants(Variant... circumstances) {
        return new Classification(kind, inVietnamese, dated, nameAndAddress, signed, namesViolator, specificEvidence,
                Set.of(circumstances), note);
    }

    /** Whether the letter may be processed. */
    public boolean processable() {
        boolean formal = inVietnamese && dated;
        if (kind == CaseKind.DENUNCIATION && !(nameAndAddress && signed)) {
            return formal && namesViolator && specificEvidence;
        }
        return formal && nameAndAddress && signed;
    }
}
