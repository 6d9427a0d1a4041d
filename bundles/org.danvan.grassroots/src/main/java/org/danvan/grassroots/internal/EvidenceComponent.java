package org.danvan.grassroots.internal;

import java.util.List;

import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's evidence for other modules, as a whiteboard {@link EvidenceProvider}. */
@Component(service = EvidenceProvider.class)
public class EvidenceComponent implements EvidenceProvider {

    private final EvidenceProvider evidence;

    @Activate
    public EvidenceComponent(@Reference GrassrootsServices core) {
        this.evidence = core.evidence();
    }

    @Override
    public List<EvidenceKind> kinds() {
        return evidence.kinds();
    }

    @Override
    public List<Evidence> evidence(EvidenceQuery query) {
        return evidence.evidence(query);
    }
}
