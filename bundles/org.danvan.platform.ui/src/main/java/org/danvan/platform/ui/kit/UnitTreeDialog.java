package org.danvan.platform.ui.kit;

import java.util.function.Consumer;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.treegrid.TreeGrid;

/** Choosing a unit by browsing the tree (loaded level by level). */
public final class UnitTreeDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    public UnitTreeDialog(OrgUnitDirectory directory, Consumer<OrgUnitInfo> onChosen) {
        setId("unit-picker-dialog");
        setHeaderTitle(getTranslation("platform.ui.unit.picker.title"));
        setWidth("36rem");
        setMaxWidth("100%");
        setHeight("80vh");

        TreeGrid<OrgUnitInfo> tree = new TreeGrid<>();
        tree.setId("unit-picker-tree");
        tree.addHierarchyColumn(UnitLabels::codeAndName).setHeader(getTranslation("platform.ui.unit.picker.name"))
                .setSortable(false);
        tree.setDataProvider(new OrgTreeDataProvider(directory));
        tree.setSizeFull();
        add(tree);

        Button cancel = new Button(getTranslation("platform.ui.cancel"), e -> close());
        cancel.setId("unit-picker-cancel");
        Button choose = new Button(getTranslation("platform.ui.unit.picker.choose"), e -> {
            tree.getSelectedItems().stream().findFirst().ifPresent(unit -> {
                close();
                onChosen.accept(unit);
            });
        });
        choose.setId("unit-picker-choose");
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.setEnabled(false);
        tree.addSelectionListener(e -> choose.setEnabled(e.getFirstSelectedItem().isPresent()));
        tree.addItemDoubleClickListener(e -> {
            close();
            onChosen.accept(e.getItem());
        });
        getFooter().add(cancel, choose);
    }
}
