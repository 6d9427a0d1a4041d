package org.danvan.emulation.internal;

import java.util.List;
import java.util.Map;

import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What this module tells other modules (and its own evaluation) through the evidence SPI: the "Dân vận khéo" models
 * of a unit's subtree recognised in a period, within the asker's scope. Nothing about a person.
 */
@Component(service = EvidenceProvider.class)
public class ModelEvidence implements EvidenceProvider {

    /** "Dân vận khéo" models recognised in the period. */
    static final String RECOGNISED = "emulation.models.recognised";

    private final ModelServiceImpl models;

    @Activate
    public ModelEvidence(@Reference EmulationServices core) {
        this.models = core.modelService();
    }

    @Override
    public List<EvidenceKind> kinds() {
        return List.of(new EvidenceKind(RECOGNISED, "emulation.evidence.kind.modelsRecognised", false));
    }

    @Override
    public List<Evidence> evidence(EvidenceQuery query) {
        if (query.personUserId() != null || !query.wants(RECOGNISED)) {
            return List.of();
        }
        long count = models.recognisedIn(query.asker(), query.unitId(), query.from(), query.to()).size();
        return List.of(Evidence.figure(RECOGNISED, "emulation.evidence.modelsRecognised", count, null,
                "thi-dua/dan-van-kheo", Map.of(), count));
    }
}
