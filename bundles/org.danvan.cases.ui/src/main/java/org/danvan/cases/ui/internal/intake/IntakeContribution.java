package org.danvan.cases.ui.internal.intake;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Tiếp nhận đơn" at {@code /tiep-nhan-don}: the intake form of reception officers. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = IntakeContribution.ROUTE, title = "cases.ui.intake.title", permission = CasePermissions.INTAKE,
        menu = "cases.ui.intake.menu", icon = "vaadin:envelope-open", group = MenuGroup.WORK, order = 5)
public class IntakeContribution implements ViewContribution {

    public static final String ROUTE = "tiep-nhan-don";

    private final CaseService cases;
    private final OrgUnitDirectory units;
    private final DocumentExporter exporter;

    @Activate
    public IntakeContribution(@Reference CaseService cases, @Reference OrgUnitDirectory units,
            @Reference DocumentExporter exporter) {
        this.cases = cases;
        this.units = units;
        this.exporter = exporter;
    }
    @Override
    public Class<? extends Component> viewClass() {
        return IntakeView.class;
    }
    @Override
    public Component createView() {
        return new IntakeView(cases, units, exporter);
    }
}
