package org.danvan.dissemination.ui.internal;

import org.danvan.dissemination.api.DisseminationPermissions;
import org.danvan.dissemination.api.DisseminationService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen DocumentsView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = DocumentsViewContribution.ROUTE, title = "dissemination.ui.documents.title",
        permission = DisseminationPermissions.VIEW, menu = "dissemination.ui.documents.menu", icon = "vaadin:megaphone",
        group = DisseminationMenu.GROUP, order = 10)
public class DocumentsViewContribution implements ViewContribution {

    static final String ROUTE = "tuyen-truyen/van-ban";

    private final DisseminationService service;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public DocumentsViewContribution(@Reference DisseminationService service, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.service = service;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return DocumentsView.class;
    }

    @Override
    public Component createView() {
        return new DocumentsView(service, units, access);
    }
}
