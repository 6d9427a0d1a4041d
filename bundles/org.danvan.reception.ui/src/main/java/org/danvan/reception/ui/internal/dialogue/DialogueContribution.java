package org.danvan.reception.ui.internal.dialogue;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.api.DialogueService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Đối thoại" at {@code /doi-thoai}: dialogues with citizens and their commitments. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = DialogueContribution.ROUTE, title = "reception.ui.dialogue.title",
        permission = ReceptionPermissions.VIEW, menu = "reception.ui.dialogue.menu", icon = "vaadin:comments",
        group = MenuGroup.WORK, order = 32)
public class DialogueContribution implements ViewContribution {

    public static final String ROUTE = "doi-thoai";

    private final DialogueService dialogues;
    private final OrgUnitDirectory units;

    @Activate
    public DialogueContribution(@Reference DialogueService dialogues, @Reference OrgUnitDirectory units) {
        this.dialogues = dialogues;
        this.units = units;
    }
    @Override
    public Class<? extends Component> viewClass() {
        return DialogueView.class;
    }
    @Override
    public Component createView() {
        return new DialogueView(dialogues, units);
    }
}
