package org.danvan.reception.ui.internal.dialogue;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.api.DialogueService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Đối thoại" at {@code /doi-thoai}: dialogues with citizens and their commitments. */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class DialogueContribution implements ViewContribution, MenuContribution {

    public static final String ROUTE = "doi-thoai";

    private final DialogueService dialogues;
    private final OrgUnitDirectory units;

    @Activate
    public DialogueContribution(@Reference DialogueService dialogues, @Reference OrgUnitDirectory units) {
        this.dialogues = dialogues;
        this.units = units;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return DialogueView.class;
    }

    @Override
    public String requiredPermission() {
        return ReceptionPermissions.VIEW;
    }

    @Override
    public String titleKey() {
        return "reception.ui.dialogue.title";
    }

    @Override
    public Component createView() {
        return new DialogueView(dialogues, units);
    }

    @Override
    public String labelKey() {
        return "reception.ui.dialogue.menu";
    }

    @Override
    public String icon() {
        return "vaadin:comments";
    }

    @Override
    public String group() {
        return MenuGroup.WORK;
    }

    @Override
    public int order() {
        return 32;
    }
}
