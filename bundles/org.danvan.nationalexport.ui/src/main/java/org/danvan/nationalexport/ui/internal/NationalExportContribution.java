package org.danvan.nationalexport.ui.internal;

import org.danvan.nationalexport.api.NationalExportPermissions;
import org.danvan.nationalexport.api.NationalExportService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** Puts "Xuất CSDL quốc gia" into the shell at {@code /quan-tri/xuat-csdl-quoc-gia}, for its administrators. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = NationalExportContribution.ROUTE, title = "national-export-ui.view.title",
        permission = NationalExportPermissions.MANAGE, menu = "national-export-ui.view.menu", icon = "vaadin:upload",
        group = MenuGroup.ADMINISTRATION, order = 96)
public class NationalExportContribution implements ViewContribution {

    static final String ROUTE = "quan-tri/xuat-csdl-quoc-gia";

    private final NationalExportService export;
    private final OrgUnitDirectory units;

    @Activate
    public NationalExportContribution(@Reference NationalExportService export, @Reference OrgUnitDirectory units) {
        this.export = export;
        this.units = units;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return NationalExportView.class;
    }

    @Override
    public Component createView() {
        return new NationalExportView(export, units);
    }
}
