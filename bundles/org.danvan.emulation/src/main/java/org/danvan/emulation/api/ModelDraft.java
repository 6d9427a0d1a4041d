package org.danvan.emulation.api;

import java.time.LocalDate;

/**
 * What registers a "Dân vận khéo" model. Field names match the record's components, so a form shows each refusal at
 * its input.
 *
 * @param unitId the owning unit (records belong to it)
 * @param owner who registers it
 * @param ownerName the collective's, agency's, person's or position's name
 * @param name the model's name
 * @param domain the movement's domain
 * @param address where the model is carried out
 * @param launchingBody the body with which it is registered
 * @param startedOn when it began
 * @param peopleMobilised how many people it mobilised
 * @param results measurable results
 * @param documents photos and documents: where they are kept (the SDK has no file store), may be empty
 * @param replicatesModelId the model it replicates, or {@code null}
 */
public record ModelDraft(long unitId, ModelOwner owner, String ownerName, String name, ModelDomain domain,
        String address, String launchingBody, LocalDate startedOn, int peopleMobilised, String results,
        String documents, Long replicatesModelId) {

    public static final int NAME_MAX = 300;
    public static final int TEXT_MAX = 4000;
    public static final String REQUIRED = "emulation.validation.required";
    public static final String TOO_LONG = "emulation.validation.tooLong";
    public static final String PEOPLE = "emulation.validation.model.people";
    public static final String STARTED_FUTURE = "emulation.validation.model.startedFuture";
    public static final String UNIT_UNKNOWN = "emulation.validation.unit.unknown";
    public static final String REPLICATES_UNKNOWN = "emulation.validation.model.replicatesUnknown";
}
