package org.danvan.emulation.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A registered "Dân vận khéo" model with its computed evaluation and its recognition.
 *
 * @param id the model's id
 * @param version for optimistic locking
 * @param unitId the owning unit
 * @param unitName the owning unit's name when registered
 * @param owner who registered it
 * @param ownerName the owner's name
 * @param name the model's name
 * @param domain its domain
 * @param address where it is carried out
 * @param launchingBody where it is registered
 * @param startedOn when it began
 * @param peopleMobilised people mobilised
 * @param results measurable results
 * @param documents where photos and documents are kept
 * @param replicatesModelId the model it replicates, or {@code null}
 * @param state where it stands
 * @param members how many council members scored it
 * @param averagePoints their average total, {@code null} before any score
 * @param maxPoints the criteria's total
 * @param passed whether the average reaches the pass share (rule {@code emulation.model.pass})
 * @param level the recognition's level, {@code null} before recognition
 * @param decisionNumber the recognition decision's number
 * @param decidedOn its date
 * @param signer its signer
 */
public record Model(long id, long version, long unitId, String unitName, ModelOwner owner, String ownerName,
        String name, ModelDomain domain, String address, String launchingBody, LocalDate startedOn,
        int peopleMobilised, String results, String documents, Long replicatesModelId, ModelState state, int members,
        BigDecimal averagePoints, int maxPoints, boolean passed, AwardLevel level, String decisionNumber,
        LocalDate decidedOn, String signer) {
}
