package org.danvan.reception.ui.internal.testing;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.danvan.cases.api.CasePermissions;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.platform.api.security.UserPrincipal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.server.VaadinSession;

/**
 * A server-side UI and session without a servlet container, enough to build the screens, click their buttons and
 * read their components; texts come out as {@code !{key}!} since no translation provider runs here.
 */
public final class UiHarness implements AutoCloseable {

    /** Holds every reception permission and may open cases. */
    public static final UserPrincipal OFFICER = new UserPrincipal(7, "lan", "Nguyễn Thị Lan", 12L, "Xã Tiên Du",
            Stream.concat(ReceptionPermissions.ALL.stream(), Stream.of(CasePermissions.VIEW))
                    .collect(java.util.stream.Collectors.toSet()));

    /** May read the book, the calendar and dialogues, and nothing else. */
    public static final UserPrincipal READER = new UserPrincipal(8, "minh", "Trần Văn Minh", 12L, "Xã Tiên Du",
            Set.of(ReceptionPermissions.VIEW));

    private final ReentrantLock lock = new ReentrantLock();
    public final UI ui = new UI();

    public UiHarness(UserPrincipal user) {
        VaadinSession session = new VaadinSession(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public Lock getLockInstance() {
                return lock;
            }
        };
        lock.lock();
        VaadinSession.setCurrent(session);
        session.setAttribute(UserPrincipal.class, user);
        ui.getInternals().setSession(session);
        ui.setLocale(Locale.forLanguageTag("vi"));
        UI.setCurrent(ui);
    }

    /** Runs what Vaadin runs before answering the browser, e.g. attaching opened dialogs to the UI. */
    public void flush() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    /** The component with this id anywhere under the root, including opened dialogs. */
    public <T extends Component> T find(Component root, String id, Class<T> type) {
        return findOptional(root, id, type).orElseThrow(() -> new AssertionError("no #" + id));
    }

    public <T extends Component> Optional<T> findOptional(Component root, String id, Class<T> type) {
        return all(root).filter(c -> id.equals(c.getId().orElse(null))).findFirst().map(type::cast);
    }

    /** An element id anywhere in the UI (dialogs are attached to the UI, not the view). */
    public <T extends Component> T find(String id, Class<T> type) {
        flush();
        return find(ui, id, type);
    }

    public <T extends Component> Optional<T> findOptional(String id, Class<T> type) {
        flush();
        return findOptional(ui, id, type);
    }

    /** Components by their elements, virtual children included (a dialog's footer buttons live there). */
    private static Stream<Component> all(Component root) {
        return elements(root.getElement()).flatMap(e -> e.getComponent().stream()).distinct();
    }

    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), Stream.concat(root.getChildren(), virtualChildren(root))
                .flatMap(UiHarness::elements));
    }

    private static Stream<Element> virtualChildren(Element element) {
        if (!element.getNode().hasFeature(VirtualChildrenList.class)) {
            return Stream.empty();
        }
        VirtualChildrenList list = element.getNode().getFeature(VirtualChildrenList.class);
        java.util.List<Element> children = new java.util.ArrayList<>();
        list.iterator().forEachRemaining(node -> children.add(Element.get(node)));
        return children.stream();
    }

    @Override
    public void close() {
        UI.setCurrent(null);
        VaadinSession.setCurrent(null);
        lock.unlock();
    }
}
