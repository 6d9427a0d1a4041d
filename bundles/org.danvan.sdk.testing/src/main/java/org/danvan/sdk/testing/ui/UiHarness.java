package org.danvan.sdk.testing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.danvan.platform.api.security.UserPrincipal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.server.VaadinSession;

/**
 * A server-side Vaadin UI and session without a servlet container or browser: enough to build a screen as the shell
 * would (with the signed-in user in the session, where {@link org.danvan.platform.ui.kit.SignedInUser} finds it),
 * click its buttons, fill its fields and read what it shows. No translation provider runs here, so texts come out as
 * {@code !{key}!} — which lets a test check which key a screen shows.
 *
 * <pre>{@code
 * try (UiHarness harness = new UiHarness(CHAIR)) {
 *     NoticeBoardView view = harness.show(new NoticeBoardView(service));
 *     harness.find("notice-new", Button.class).click();
 *     harness.find("notice-title", TextField.class).setValue("Họp giao ban");
 * }
 * }</pre>
 *
 * The harness holds the session lock and sets the thread's current UI and session until {@link #close()}.
 */
public final class UiHarness implements AutoCloseable {

    /** Vietnamese, the platform's default language. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ReentrantLock lock = new ReentrantLock();
    /** The UI; add a view with {@link #show} or {@code ui.add(view)}. */
    public final UI ui = new UI();
    private final VaadinSession session;

    /** A UI in Vietnamese for a signed-in user ({@code null}: nobody signed in). */
    public UiHarness(UserPrincipal user) {
        this(user, VIETNAMESE);
    }

    public UiHarness(UserPrincipal user, Locale locale) {
        session = new VaadinSession(null) {
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
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }

    /** Signs another user in (or out, with {@code null}); screens built afterwards see them. */
    public void signIn(UserPrincipal user) {
        session.setAttribute(UserPrincipal.class, user);
    }

    /** Adds a view to the UI, as the shell does after navigating to it, and returns it. */
    public <T extends Component> T show(T view) {
        ui.add(view);
        flush();
        return view;
    }

    /** Runs what Vaadin runs before answering the browser, e.g. attaching opened dialogs to the UI. */
    public void flush() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    /** The component with this id anywhere under the root, including opened dialogs' footers. */
    public <T extends Component> T find(Component root, String id, Class<T> type) {
        return findOptional(root, id, type).orElseThrow(() -> new AssertionError("no #" + id + " under " + root));
    }

    public <T extends Component> Optional<T> findOptional(Component root, String id, Class<T> type) {
        return all(root).filter(c -> id.equals(c.getId().orElse(null))).findFirst().map(type::cast);
    }

    /** The component with this id anywhere in the UI (opened dialogs are attached to the UI, not to the view). */
    public <T extends Component> T find(String id, Class<T> type) {
        flush();
        return find(ui, id, type);
    }

    public <T extends Component> Optional<T> findOptional(String id, Class<T> type) {
        flush();
        return findOptional(ui, id, type);
    }

    /** Every component of a type anywhere in the UI, in document order. */
    public <T extends Component> List<T> findAll(Class<T> type) {
        flush();
        return all(ui).filter(type::isInstance).map(type::cast).toList();
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
        List<Element> children = new ArrayList<>();
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
