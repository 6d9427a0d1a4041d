package org.danvan.platform.shell.internal.modules;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.module.ModuleInfo;
import org.danvan.platform.api.module.ModuleManager;
import org.danvan.platform.api.module.ModuleProgress;
import org.danvan.platform.api.module.ModuleUnits;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitLabels;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * The modules of this installation: installed or available, version, vendor, what each needs and where it is
 * enabled. Installing and uninstalling run in the background while Karaf resolves; the steps show here and the menu
 * of every open page follows by push. Element ids: {@code modules-grid}, {@code module-install-<id>},
 * {@code module-uninstall-<id>}, {@code module-units-<id>}, {@code modules-progress}.
 */
public class ModulesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int POLL_MILLIS = 1000;
    private static final long POLL_AFTER_MILLIS = 10_000;

    private final transient ModuleManager modules;
    private final transient ModuleEnablement enablement;
    private final transient OrgUnitDirectory units;
    private final Grid<ModuleInfo> grid = new Grid<>();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final HorizontalLayout progress = new HorizontalLayout(progressBar, progressText);
    private boolean busy;
    private long pollUntil;

    public ModulesView(ModuleManager modules, ModuleEnablement enablement, OrgUnitDirectory units) {
        this.modules = modules;
        this.enablement = enablement;
        this.units = units;
        setSizeFull();
        add(new Paragraph(getTranslation("platform.modules.view.intro")));

        progressBar.setIndeterminate(true);
        progressBar.setWidth("10rem");
        progressText.setId("modules-progress-text");
        progress.setId("modules-progress");
        progress.setAlignItems(Alignment.CENTER);
        progress.setVisible(false);
        add(progress);

        grid.setId("modules-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(this::nameCell)).setHeader(getTranslation("platform.modules.column.name"))
                .setFlexGrow(3);
        grid.addColumn(ModuleInfo::version).setHeader(getTranslation("platform.modules.column.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ModuleInfo::vendor).setHeader(getTranslation("platform.modules.column.vendor"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::stateCell)).setHeader(getTranslation("platform.modules.column.state"))
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::actionsCell)).setHeader(getTranslation("platform.modules.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
        addAttachListener(attach -> {
            var polling = attach.getUI().addPollListener(poll -> {
                if (!busy && System.currentTimeMillis() > pollUntil) {
                    poll.getSource().setPollInterval(-1);
                }
            });
            addDetachListener(detach -> {
                polling.remove();
                detach.getUI().setPollInterval(-1);
                detach.unregisterListener();
            });
        });
    }

    private void refresh() {
        grid.setItems(modules.modules());
    }

    private String displayName(ModuleInfo module) {
        if (module.nameKey() != null) {
            return getTranslation(module.nameKey());
        }
        String[] parts = featureDescriptionParts(module);
        return parts == null ? module.id() : parts[0];
    }

    /**
     * A feature's description split at its first " — " into a name and the rest ("Thi đua, khen thưởng — emulation
     * and awards (…)"), so that a module not yet installed reads like an installed one; {@code null} without one.
     */
    private static String[] featureDescriptionParts(ModuleInfo module) {
        String text = module.featureDescription();
        if (text == null || text.isBlank()) {
            return null;
        }
        int dash = text.indexOf(" — ");
        return dash > 0 ? new String[] {text.substring(0, dash).strip(), text.substring(dash + 3).strip()}
                : new String[] {text.strip(), ""};
    }

    private Div nameCell(ModuleInfo module) {
        Span name = new Span(displayName(module));
        name.getStyle().set("font-weight", "600");
        Div cell = new Div(name);
        String[] featureParts = featureDescriptionParts(module);
        String descriptionText = module.descriptionKey() != null ? getTranslation(module.descriptionKey())
                : module.nameKey() == null && featureParts != null ? featureParts[1] : "";
        if (!descriptionText.isEmpty()) {
            Div description = new Div(descriptionText);
            description.getStyle().set("font-size", "var(--lumo-font-size-s)");
            cell.add(description);
        }
        Div id = new Div(module.id() + (module.needs().isEmpty() ? ""
                : " · " + getTranslation("platform.modules.needs", String.join(", ", module.needs()))));
        id.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        cell.add(id);
        return cell;
    }

    private Div stateCell(ModuleInfo module) {
        Span state = new Span(getTranslation(module.installed() ? "platform.modules.state.installed"
                : "platform.modules.state.available"));
        state.getElement().getThemeList().add(module.installed() ? "badge success" : "badge contrast");
        state.setId("module-state-" + module.id());
        Div cell = new Div(state);
        Div where = new Div(describe(module.units()));
        where.setId("module-enabled-" + module.id());
        where.getStyle().set("font-size", "var(--lumo-font-size-s)");
        cell.add(where);
        return cell;
    }

    private String describe(ModuleUnits where) {
        if (where.everywhere()) {
            return getTranslation("platform.modules.units.everywhere");
        }
        if (where.isNowhere()) {
            return getTranslation("platform.modules.units.nowhere");
        }
        return getTranslation("platform.modules.units.only", where.unitIds().stream().sorted()
                .map(id -> UnitLabels.name(units, id)).collect(Collectors.joining(", ")));
    }

    private HorizontalLayout actionsCell(ModuleInfo module) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (module.installed()) {
            Button units = new Button(getTranslation("platform.modules.action.units"), e -> editUnits(module));
            units.setId("module-units-" + module.id());
            units.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button uninstall = new Button(getTranslation("platform.modules.action.uninstall"),
                    e -> confirmUninstall(module));
            uninstall.setId("module-uninstall-" + module.id());
            uninstall.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            uninstall.setEnabled(!busy);
            actions.add(units, uninstall);
        } else {
            Button install = new Button(getTranslation("platform.modules.action.install"), e -> run(module, true));
            install.setId("module-install-" + module.id());
            install.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            install.setEnabled(!busy);
            actions.add(install);
        }
        return actions;
    }

    private void confirmUninstall(ModuleInfo module) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("platform.modules.uninstall.title", displayName(module)),
                getTranslation("platform.modules.uninstall.text"), getTranslation("platform.modules.action.uninstall"),
                e -> run(module, false));
        confirm.setId("module-uninstall-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("platform.ui.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Installs or uninstalls in the background; the steps and the outcome come back by push. */
    private void run(ModuleInfo module, boolean install) {
        UserPrincipal user = SignedInUser.get().orElse(null);
        UI ui = UI.getCurrent();
        if (user == null || ui == null || busy) {
            return;
        }
        busy = true;
        // push carries the steps; polling meanwhile is the safety net should a long-polling message get lost
        ui.setPollInterval(POLL_MILLIS);
        showStep(ModuleProgress.RESOLVING);
        grid.getDataProvider().refreshAll();
        try {
            (install ? modules.install(module.id(), user, step -> ui.access(() -> showStep(step)))
                    : modules.uninstall(module.id(), user, step -> ui.access(() -> showStep(step))))
                    .whenComplete((done, failure) -> ui.access(() -> finished(module, install, failure)));
        } catch (RuntimeException refused) {
            finished(module, install, refused);
        }
    }

    private void showStep(ModuleProgress step) {
        progress.setVisible(true);
        progressText.setText(getTranslation("platform.modules.progress." + step.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private void finished(ModuleInfo module, boolean install, Throwable failure) {
        busy = false;
        // keep polling a little longer: the menus follow the new contributions a moment after Karaf is done
        pollUntil = System.currentTimeMillis() + POLL_AFTER_MILLIS;
        progress.setVisible(false);
        refresh();
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause == null) {
            Refusals.success(getTranslation(install ? "platform.modules.installed" : "platform.modules.uninstalled",
                    displayName(module)));
        } else if (cause instanceof RuntimeException refusal && Refusals.isUserCaused(refusal)) {
            Refusals.show(refusal, this::getTranslation);
        } else {
            throw new IllegalStateException("Module " + module.id() + " could not be changed", cause);
        }
    }

    private void editUnits(ModuleInfo module) {
        new ModuleUnitsDialog(displayName(module), enablement.units(module.id()), units, chosen -> {
            UserPrincipal user = SignedInUser.get().orElseThrow();
            enablement.setUnits(module.id(), chosen, user);
            refresh();
            Refusals.success(getTranslation("platform.modules.units.saved", displayName(module), describe(chosen)));
        }).open();
    }

    /** For tests: the modules shown. */
    List<ModuleInfo> shown() {
        return grid.getGenericDataView().getItems().toList();
    }
}
