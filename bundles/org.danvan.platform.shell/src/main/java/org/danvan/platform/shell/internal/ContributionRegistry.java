package org.danvan.platform.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.danvan.platform.api.module.ModuleCapabilities;
import org.danvan.platform.api.module.ModuleEnablementListener;
import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.spi.HomeCardProvider;
import org.danvan.platform.ui.spi.RequiredStep;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the whiteboard contributions of all bundles and tells listeners when they change. The shell's Vaadin
 * host and translator read from here; nothing else in the platform keeps a second copy.
 * <p>
 * Two views may claim one route (a vendor replacing a screen): the higher {@code service.ranking} wins, then the
 * older service; the clash is logged, and when the winner leaves the next one takes the route.
 */
@Component(service = { ContributionRegistry.class, ModuleEnablementListener.class }, immediate = true)
public class ContributionRegistry implements ModuleEnablementListener {

    /** Told about every arrival or departure; called on the OSGi thread that changed the registry. */
    public interface Listener {
        default void viewAdded(ContributedView view) {
        }

        default void viewRemoved(ContributedView view) {
        }

        /** Menu entries, translations, permissions or module enablement changed. */
        void contributionsChanged();
    }

    private final Logger logger = LoggerFactory.getLogger(ContributionRegistry.class);
    /** Every registered view per route, the winner first; guarded by {@code this}. */
    private final Map<String, List<ContributedView>> viewsByRoute = new HashMap<>();
    private final List<TranslationContribution> translations = new CopyOnWriteArrayList<>();
    private final List<RequiredStep> requiredSteps = new CopyOnWriteArrayList<>();
    private final List<HomeCards.Source> homeCards = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution view, ServiceReference<ViewContribution> reference) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            properties.put(key, reference.getProperty(key));
        }
        try {
            addView(ContributedView.of(view, properties, ModuleCapabilities.moduleOf(reference.getBundle())
                    .orElse(null)));
        } catch (IllegalArgumentException e) {
            logger.error("View {} of bundle {} ignored: {}", view.getClass().getName(),
                    reference.getBundle().getSymbolicName(), e.getMessage());
        }
    }

    void removeView(ViewContribution view) {
        ContributedView removed = null;
        ContributedView successor = null;
        synchronized (this) {
            for (var entry : viewsByRoute.entrySet()) {
                List<ContributedView> candidates = entry.getValue();
                for (int i = 0; i < candidates.size(); i++) {
                    if (candidates.get(i).contribution() == view) {
                        removed = candidates.remove(i);
                        if (i == 0 && !candidates.isEmpty()) {
                            successor = candidates.get(0);
                        } else if (i != 0) {
                            return; // a loser left: nothing visible changes
                        }
                        break;
                    }
                }
                if (removed != null) {
                    if (candidates.isEmpty()) {
                        viewsByRoute.remove(entry.getKey());
                    }
                    break;
                }
            }
        }
        if (removed == null) {
            return;
        }
        generation.incrementAndGet();
        ContributedView gone = removed;
        listeners.forEach(l -> l.viewRemoved(gone));
        if (successor != null) {
            logger.info("Route '{}' passes to {} after {} left", successor.route(),
                    successor.viewClass().getName(), gone.viewClass().getName());
            ContributedView next = successor;
            listeners.forEach(l -> l.viewAdded(next));
        }
    }

    /** Adds a view whose properties are already read (also the entry point of tests). */
    public void addView(ContributedView view) {
        ContributedView displaced = null;
        synchronized (this) {
            List<ContributedView> candidates = viewsByRoute.computeIfAbsent(view.route(), r -> new ArrayList<>());
            candidates.add(view);
            candidates.sort((a, b) -> a.outranks(b) ? -1 : b.outranks(a) ? 1 : 0);
            if (candidates.size() > 1) {
                ContributedView winner = candidates.get(0);
                logger.warn("Route '{}' is claimed by {} views; {} wins (service.ranking {}): {}", view.route(),
                        candidates.size(), winner.viewClass().getName(), winner.ranking(),
                        candidates.stream().map(c -> c.viewClass().getName() + "@" + c.ranking()).toList());
                if (winner != view) {
                    return; // the newcomer lost: nothing visible changes
                }
                displaced = candidates.get(1);
            }
        }
        generation.incrementAndGet();
        if (displaced != null) {
            ContributedView old = displaced;
            listeners.forEach(l -> l.viewRemoved(old));
        }
        listeners.forEach(l -> l.viewAdded(view));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTranslation(TranslationContribution translation) {
        translations.add(translation);
        changed();
    }

    void removeTranslation(TranslationContribution translation) {
        translations.remove(translation);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRequiredStep(RequiredStep step) {
        requiredSteps.add(step);
    }

    void removeRequiredStep(RequiredStep step) {
        requiredSteps.remove(step);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHomeCards(HomeCardProvider provider, ServiceReference<HomeCardProvider> reference) {
        addHomeCards(new HomeCards.Source(provider, ModuleCapabilities.moduleOf(reference.getBundle()).orElse(null),
                reference.getBundle().getSymbolicName()));
    }

    /** Adds a provider whose module is already known (also the entry point of tests). */
    public void addHomeCards(HomeCards.Source source) {
        homeCards.add(source);
    }

    void removeHomeCards(HomeCardProvider provider) {
        homeCards.removeIf(source -> source.provider() == provider);
    }

    /** The home-card providers present now. */
    public List<HomeCards.Source> homeCardSources() {
        return List.copyOf(homeCards);
    }

    /** The step the user must complete before anything else, if any (and if its view is installed). */
    public Optional<RequiredStep> requiredStepFor(UserPrincipal user) {
        for (RequiredStep step : requiredSteps) {
            if (viewForRoute(step.route()).isPresent() && step.isRequired(user)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** Not kept: only to know when what users may do has changed (the identity core does the granting). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPermission(PermissionContribution permission) {
        changed();
    }

    void removePermission(PermissionContribution permission) {
        changed();
    }

    /** A module was enabled or disabled for some units: menus and users' permissions follow. */
    @Override
    public void enablementChanged(String moduleId) {
        changed();
    }

    private void changed() {
        generation.incrementAndGet();
        listeners.forEach(Listener::contributionsChanged);
    }

    /**
     * Grows with every arrival or departure of any contribution; an open page compares it with the value it last
     * saw to know that its menu and its user's permissions need refreshing.
     */
    public long generation() {
        return generation.get();
    }

    /** The views that hold their routes. */
    public synchronized List<ContributedView> views() {
        return viewsByRoute.values().stream().map(c -> c.get(0)).toList();
    }

    public synchronized Optional<ContributedView> viewForRoute(String route) {
        List<ContributedView> candidates = viewsByRoute.get(route);
        return candidates == null ? Optional.empty() : Optional.of(candidates.get(0));
    }

    public synchronized Optional<ContributedView> viewForClass(Class<?> viewClass) {
        return views().stream().filter(v -> v.viewClass().equals(viewClass)).findFirst();
    }

    /** Views with a menu entry, in group order then by order. */
    public List<ContributedView> menuEntries() {
        return views().stream().filter(ContributedView::hasMenuEntry)
                .sorted(Comparator.comparingInt((ContributedView m) -> MenuGroups.rank(m.group()))
                        .thenComparing(ContributedView::group).thenComparingInt(ContributedView::order))
                .toList();
    }

    public List<TranslationContribution> translations() {
        return List.copyOf(translations);
    }
}
