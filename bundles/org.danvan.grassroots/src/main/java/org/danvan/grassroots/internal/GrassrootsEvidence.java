package org.danvan.grassroots.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.grassroots.api.Disclosure;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterFlag;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.MatterState;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;

/**
 * What this module tells other modules (emulation, the dashboard) through the evidence SPI: a unit's disclosures
 * started on time and its counted matters whose record went out on time, in a period — within the asker's scope, as
 * the services decide.
 */
final class GrassrootsEvidence implements EvidenceProvider {

    static final String DISCLOSURES_ON_TIME = "grassroots.disclosures.onTime";
    static final String RECORDS_ON_TIME = "grassroots.decisions.recordsOnTime";

    private final DisclosureService disclosures;
    private final MatterService matters;

    GrassrootsEvidence(DisclosureService disclosures, MatterService matters) {
        this.disclosures = disclosures;
        this.matters = matters;
    }

    @Override
    public List<EvidenceKind> kinds() {
        return List.of(new EvidenceKind(DISCLOSURES_ON_TIME, "grassroots.evidence.kind.disclosuresOnTime", false),
                new EvidenceKind(RECORDS_ON_TIME, "grassroots.evidence.kind.recordsOnTime", false));
    }

    @Override
    public List<Evidence> evidence(EvidenceQuery query) {
        if (query.personUserId() != null) {
            return List.of();
        }
        List<Evidence> found = new ArrayList<>();
        if (query.wants(DISCLOSURES_ON_TIME)) {
            List<Disclosure> inPeriod = disclosures.inPeriod(query.asker(), query.unitId(), query.from(), query.to());
            if (!inPeriod.isEmpty()) {
                long onTime = inPeriod.stream().filter(Disclosure::startedOnTime).count();
                found.add(Evidence.figure(DISCLOSURES_ON_TIME, "grassroots.evidence.disclosuresOnTime", onTime,
                        (long) inPeriod.size(), "dan-chu/cong-khai", Map.of(), onTime, inPeriod.size()));
            }
        }
        if (query.wants(RECORDS_ON_TIME)) {
            List<Matter> counted = matters.inPeriod(query.asker(), query.unitId(), query.from(), query.to()).stream()
                    .filter(m -> m.state() != MatterState.OPEN).toList();
            if (!counted.isEmpty()) {
                long onTime = counted.stream().filter(m -> m.state().recordSent()
                        && !m.flags().contains(MatterFlag.RECORD_LATE)).count();
                found.add(Evidence.figure(RECORDS_ON_TIME, "grassroots.evidence.recordsOnTime", onTime,
                        (long) counted.size(), "dan-chu/bieu-quyet", Map.of(), onTime, counted.size()));
            }
        }
        return found;
    }
}
