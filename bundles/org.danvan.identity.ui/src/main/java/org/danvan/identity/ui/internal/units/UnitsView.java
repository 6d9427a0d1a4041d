package org.danvan.identity.ui.internal.units;

import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.identity.ui.internal.AdminPermissions;
import org.danvan.platform.ui.kit.OrgTreeDataProvider;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.SignedInUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;

/**
 * The org-unit tree, loaded level by level, and the selected unit's detail with the changes administrators may make
 * where they hold {@code identity.units.manage}: create a child, rename, merge, split; and a CSV import.
 */
public class UnitsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient OrgUnitDirectory directory;
    private final transient OrgUnitAdmin admin;
    private final transient AccessControl access;
    private final transient UserPrincipal actor;
    private final TreeGrid<OrgUnitInfo> tree = new TreeGrid<>();
    private final OrgTreeDataProvider data;
    private final UnitDetail detail;
    private final TextField findCode = new TextField();

    public UnitsView(OrgUnitDirectory directory, OrgUnitAdmin admin, AccessControl access) {
        this.directory = directory;
        this.admin = admin;
        this.access = access;
        this.actor = SignedInUser.get().orElse(null);
        this.data = new OrgTreeDataProvider(directory);
        this.detail = new UnitDetail(directory, admin, actor, this::mayManage, this::changed);
        setId("units");
        setSizeFull();
        setPadding(true);

        // a unit deep in the tree, or a retired one (the tree shows current units only), is found by its code
        findCode.setId("units-find-code");
        findCode.setPlaceholder(getTranslation("identity.ui.units.findCode"));
        findCode.setTooltipText(getTranslation("identity.ui.units.findCode.hint"));
        findCode.setPrefixComponent(VaadinIcon.SEARCH.create());
        findCode.setClearButtonVisible(true);
        findCode.setMaxLength(64);
        findCode.setWidth("26rem");
        findCode.setMaxWidth("100%");
        findCode.addValueChangeListener(e -> findByCode());
        Button importCsv = new Button(getTranslation("identity.ui.units.import"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(admin, actor, this::changed).open());
        importCsv.setId("units-import");
        importCsv.setEnabled(actor != null && access.isPermittedSomewhere(actor, AdminPermissions.UNITS_MANAGE));
        HorizontalLayout toolbar = new HorizontalLayout(findCode, importCsv);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.getStyle().set("flex-wrap", "wrap");

        tree.setId("units-tree");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the directory gives each level sorted by name; the grid cannot sort a lazily loaded tree itself
        tree.addHierarchyColumn(UnitLabels::codeAndName).setHeader(getTranslation("identity.ui.unit.field.name"))
                .setFlexGrow(3).setSortable(false);
        tree.addColumn(u -> getTranslation(UnitLabels.kindKey(u.kind())))
                .setHeader(getTranslation("identity.ui.unit.field.kind")).setFlexGrow(1);
        tree.setDataProvider(data);
        tree.addSelectionListener(e -> detail.show(e.getFirstSelectedItem().orElse(null)));
        tree.setMinHeight("20rem");
        tree.getStyle().set("flex", "3 1 22rem");

        detail.getStyle().set("flex", "2 1 20rem").set("min-width", "0");
        Div columns = new Div(tree, detail);
        columns.setSizeFull();
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "stretch");
        add(toolbar, columns);
        setFlexGrow(1, columns);
    }

    private void findByCode() {
        TextField field = findCode;
        String code = field.getValue() == null ? "" : field.getValue().strip();
        field.setInvalid(false);
        if (code.isEmpty()) {
            return;
        }
        directory.findByCode(code).ifPresentOrElse(unit -> {
            if (unit.isCurrent()) {
                tree.select(unit);
            } else {
                tree.deselectAll();
            }
            detail.show(unit);
        }, () -> {
            field.setErrorMessage(getTranslation("platform.ui.unit.picker.unknown", code));
            field.setInvalid(true);
        });
    }

    private boolean mayManage(OrgUnitInfo unit) {
        return actor != null && access.isPermitted(actor, AdminPermissions.UNITS_MANAGE, unit.id());
    }

    /** After a change: the tree is read again; the detail shows the unit as stored now. */
    private void changed(Long focusId) {
        data.refreshAll();
        // the unit shown next is the one the change produced, not the one searched for
        findCode.clear();
        OrgUnitInfo focus = focusId == null ? null : directory.find(focusId).orElse(null);
        if (focus != null) {
            tree.select(focus);
        }
        detail.show(focus);
    }
}
