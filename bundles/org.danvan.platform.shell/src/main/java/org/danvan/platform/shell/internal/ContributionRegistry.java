package org.danvan.platform.shell.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.danvan.platform.api.module.ModuleDescriptor;
import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.RequiredStep;
import org.danvan.platform.api.ui.TranslationContribution;
import org.danvan.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the whiteboard contributions of all bundles and tells listeners when they change. The shell's Vaadin
 * host and translator read from here; nothing else in the platform keeps a second copy.
 */
@Component(service = ContributionRegistry.class, immediate = true)
public class ContributionRegistry {

    /** Told about every arrival or departure; called on the OSGi thread that changed the registry. */
    public interface Listener {
        default void viewAdded(ViewContribution view) {
        }

        default void viewRemoved(ViewContribution view) {
        }

        /** Menu entries, translations or modules changed. */
        void contributionsChanged();
    }

    private final Logger logger = LoggerFactory.getLogger(ContributionRegistry.class);
    private final List<ViewContribution> views = new CopyOnWriteArrayList<>();
    private final List<MenuContribution> menuEntries = new CopyOnWriteArrayList<>();
    private final List<TranslationContribution> translations = new CopyOnWriteArrayList<>();
    private final List<ModuleDescriptor> modules = new CopyOnWriteArrayList<>();
    private final List<RequiredStep> requiredSteps = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution view) {
        Optional<ViewContribution> clash = viewForRoute(view.route());
        if (clash.isPresent()) {
            logger.error("Route '{}' of {} is already taken by {}; the new view is ignored", view.route(),
                    view.getClass().getName(), clash.get().getClass().getName());
            return;
        }
        views.add(view);
        generation.incrementAndGet();
        listeners.forEach(l -> l.viewAdded(view));
    }

    void removeView(ViewContribution view) {
        if (views.remove(view)) {
            generation.incrementAndGet();
            listeners.forEach(l -> l.viewRemoved(view));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMenuEntry(MenuContribution entry) {
        menuEntries.add(entry);
        changed();
    }

    void removeMenuEntry(MenuContribution entry) {
        menuEntries.remove(entry);
        changed();
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
    void addModule(ModuleDescriptor module) {
        modules.add(module);
        changed();
    }

    void removeModule(ModuleDescriptor module) {
        modules.remove(module);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRequiredStep(RequiredStep step) {
        requiredSteps.add(step);
    }

    void removeRequiredStep(RequiredStep step) {
        requiredSteps.remove(step);
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

    public List<ViewContribution> views() {
        return List.copyOf(views);
    }

    public Optional<ViewContribution> viewForRoute(String route) {
        return views.stream().filter(v -> v.route().equals(route)).findFirst();
    }

    public Optional<ViewContribution> viewForClass(Class<?> viewClass) {
        return views.stream().filter(v -> v.viewClass().equals(viewClass)).findFirst();
    }

    /** Menu entries whose view is present, in group order then by order. */
    public List<MenuContribution> menuEntries() {
        return menuEntries.stream().filter(m -> viewForRoute(m.route()).isPresent())
                .sorted(Comparator.comparingInt((MenuContribution m) -> MenuGroups.rank(m.group()))
                        .thenComparing(MenuContribution::group).thenComparingInt(MenuContribution::order))
                .toList();
    }

    public List<TranslationContribution> translations() {
        return List.copyOf(translations);
    }

    public List<ModuleDescriptor> modules() {
        return modules.stream().sorted(Comparator.comparing(ModuleDescriptor::id)).toList();
    }
}
