package org.danvan.grassroots.internal;

import java.util.List;

import org.danvan.grassroots.api.Comment;
import org.danvan.grassroots.api.CommentChannel;
import org.danvan.grassroots.api.CommentDraft;
import org.danvan.grassroots.api.Consultation;
import org.danvan.grassroots.api.ConsultationDraft;
import org.danvan.grassroots.api.ConsultationService;
import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ConsultationService} for other bundles, on the module's one persistence unit. */
@Component(service = ConsultationService.class, immediate = true)
public class ConsultationServiceComponent implements ConsultationService {

    private final ConsultationService consultations;

    @Activate
    public ConsultationServiceComponent(@Reference GrassrootsServices core) {
        this.consultations = core.consultations();
    }

    @Override
    public List<Consultation> list(UserPrincipal user) {
        return consultations.list(user);
    }

    @Override
    public Consultation create(ConsultationDraft draft, UserPrincipal user) {
        return consultations.create(draft, user);
    }

    @Override
    public List<Comment> comments(long consultationId, UserPrincipal user) {
        return consultations.comments(consultationId, user);
    }

    @Override
    public Comment addComment(long consultationId, CommentChannel channel, CommentDraft draft, UserPrincipal user) {
        return consultations.addComment(consultationId, channel, draft, user);
    }

    @Override
    public Comment decide(long commentId, long expectedVersion, boolean taken, UserPrincipal user) {
        return consultations.decide(commentId, expectedVersion, taken, user);
    }

    @Override
    public Consultation publishExplanation(long id, long expectedVersion, String explanation, UserPrincipal user) {
        return consultations.publishExplanation(id, expectedVersion, explanation, user);
    }
}
