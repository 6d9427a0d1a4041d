package org.danvan.calendar.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.danvan.calendar.api.AnnouncementDraft;
import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.calendar.api.CalendarAnnouncement;
import org.danvan.calendar.api.CalendarListener;
import org.danvan.calendar.api.CalendarPreview;
import org.danvan.calendar.api.DeadlineImpactProvider;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Registers the announcement administration and collects the {@link CalendarListener} services (whiteboard) it
 * notifies after each change.
 */
@Component(service = CalendarAdministration.class, immediate = true)
public final class CalendarAdministrationComponent implements CalendarAdministration {

    private final List<CalendarListener> listeners = new CopyOnWriteArrayList<>();
    private final List<DeadlineImpactProvider> impacts = new CopyOnWriteArrayList<>();
    private final CalendarAdministration delegate;

    /**
     * Wires the service.
     *
     * @param database the calendar store
     * @param access the platform's access control
     * @param audit the audit trail
     */
    @Activate
    public CalendarAdministrationComponent(@Reference CalendarDatabase database, @Reference AccessControl access,
            @Reference AuditTrail audit) {
        this.delegate = new CalendarAdministrationService(database.repository(), database.calendar(), access, audit,
                () -> List.copyOf(listeners), () -> List.copyOf(impacts));
    }

    @Reference(service = CalendarListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addListener(CalendarListener listener) {
        listeners.add(listener);
    }

    void removeListener(CalendarListener listener) {
        listeners.remove(listener);
    }

    @Reference(service = DeadlineImpactProvider.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addImpactProvider(DeadlineImpactProvider provider) {
        impacts.add(provider);
    }

    void removeImpactProvider(DeadlineImpactProvider provider) {
        impacts.remove(provider);
    }

    @Override
    public CalendarPreview previewAdd(UserPrincipal user, AnnouncementDraft draft) {
        return delegate.previewAdd(user, draft);
    }

    @Override
    public CalendarPreview previewRemove(UserPrincipal user, long id) {
        return delegate.previewRemove(user, id);
    }

    @Override
    public List<CalendarAnnouncement> announcements(int year) {
        return delegate.announcements(year);
    }

    @Override
    public CalendarAnnouncement add(UserPrincipal user, AnnouncementDraft draft) {
        return delegate.add(user, draft);
    }

    @Override
    public void remove(UserPrincipal user, long id, long version) {
        delegate.remove(user, id, version);
    }
}
