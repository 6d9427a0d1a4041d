package org.danvan.emulation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.Model;
import org.danvan.emulation.api.ModelDomain;
import org.danvan.emulation.api.ModelDraft;
import org.danvan.emulation.api.ModelOwner;
import org.danvan.emulation.internal.AwardRules;
import org.danvan.emulation.internal.EmulationServices;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.rules.api.RuleTable;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.danvan.platform.ui.kit.chart.DanvanChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;

/** The models' screen on the real services (H2): the spread list, the counts per domain and the chart per commune. */
class ModelViewTest {

    static final UserPrincipal PROVINCE = new UserPrincipal(3, "tinh", "Trần Văn Bình", FakeUnits.PROVINCE,
            "Tỉnh Bắc Ninh", Set.of(EmulationPermissions.VIEW));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units).grant(PROVINCE, FakeUnits.PROVINCE,
            EmulationPermissions.VIEW, EmulationPermissions.MANAGE);
    private final TestDatabase database = TestDatabase.h2();
    private final RuleTable rules = RealRules.withModuleFiles("rules/emulation-rules.csv");
    private final EmulationServices services = new EmulationServices(database, access, units,
            new RecordingAuditTrail(), rules, new AwardRules(rules), PlatformTime.clock());

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    private Model register(long unit, String name, ModelDomain domain, Long replicates) {
        return services.register(new ModelDraft(unit, ModelOwner.COLLECTIVE, "Chi hội", name, domain, "Thôn Đông",
                "Ban Dân vận", LocalDate.of(2025, 1, 2), 30, "Kết quả", null, replicates), PROVINCE);
    }

    @Test
    void theSpreadIsListedCountedPerDomainAndChartedPerCommune() {
        Model origin = register(FakeUnits.TIEN_DU, "Con đường hoa", ModelDomain.CULTURE_SOCIETY, null);
        register(FakeUnits.VILLAGE, "Con đường hoa thôn Đông", ModelDomain.CULTURE_SOCIETY, origin.id());
        register(FakeUnits.LIM, "Con đường hoa Lim", ModelDomain.CULTURE_SOCIETY, origin.id());
        Model savings = register(FakeUnits.LIM, "Tổ tiết kiệm", ModelDomain.ECONOMY, null);
        register(FakeUnits.TIEN_DU, "Tổ tiết kiệm Tiên Du", ModelDomain.ECONOMY, savings.id());
        try (UiHarness harness = new UiHarness(PROVINCE)) {
            harness.show(new ModelView(services, units, access));
            assertTrue(harness.find("em-model-new", Button.class).isVisible());
            DanvanChart chart = harness.find("em-model-spread-chart", DanvanChart.class);
            assertEquals(List.of("Xã Lim", "Xã Tiên Du"), chart.getLabels());
            assertEquals(4, chart.getDatasets().size(), "one series per domain");
            assertEquals(List.of(0d, 1d), chart.getDatasets().get(ModelDomain.ECONOMY.ordinal()).values());
            assertEquals(List.of(1d, 1d), chart.getDatasets().get(ModelDomain.CULTURE_SOCIETY.ordinal()).values());
        }
    }
}
