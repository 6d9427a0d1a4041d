package org.danvan.emulation.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.Model;
import org.danvan.emulation.api.ModelCriterion;
import org.danvan.emulation.api.ModelDomain;
import org.danvan.emulation.api.ModelDraft;
import org.danvan.emulation.api.ModelOwner;
import org.danvan.emulation.api.ModelService;
import org.danvan.emulation.api.ModelSpread;
import org.danvan.emulation.api.Recognition;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.platform.ui.kit.chart.ChartDataset;
import org.danvan.platform.ui.kit.chart.ChartType;
import org.danvan.platform.ui.kit.chart.DanvanChart;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * "Dân vận khéo" models: registration, the council members' scores with the computed result, recognition by a
 * decision, and where typical models were replicated (per model and commune, with a count per domain).
 */
public class ModelView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ModelService models;
    private final transient OrgUnitDirectory units;
    private final transient AccessControl access;
    private final transient UserPrincipal user;
    private final Grid<Model> grid = new Grid<>();
    private final Grid<ModelSpread> spread = new Grid<>();
    private final Grid<Map.Entry<ModelDomain, Long>> perDomain = new Grid<>();
    /** Replications per commune, one stacked colour per domain. */
    private final DanvanChart chart = new DanvanChart(ChartType.BAR);
    private static final List<String> DOMAIN_COLOURS = List.of("#b71c1c", "#1565c0", "#2e7d32", "#f9a825");

    public ModelView(ModelService models, OrgUnitDirectory units, AccessControl access) {
        this.models = models;
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId("em-models");
        setSizeFull();
        Button add = new Button(getTranslation("emulation.ui.model.new"), VaadinIcon.PLUS.create(), e -> register());
        add.setId("em-model-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user != null && access.isPermittedSomewhere(user, EmulationPermissions.MANAGE));
        grid.setId("em-model-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Model::name).setHeader(getTranslation("emulation.ui.model.name")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation("emulation.domain." + m.domain()))
                .setHeader(getTranslation("emulation.ui.model.domain")).setFlexGrow(1);
        grid.addColumn(Model::unitName).setHeader(getTranslation("emulation.ui.column.unit")).setFlexGrow(1);
        grid.addColumn(this::result).setHeader(getTranslation("emulation.ui.model.result")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("emulation.model.state." + m.state()) + (m.decisionNumber() == null ? ""
                : " — " + m.decisionNumber() + ", " + LocalizedDates.format(m.decidedOn())))
                .setHeader(getTranslation("emulation.ui.column.state")).setFlexGrow(1);
        grid.addComponentColumn(m -> {
            Button score = new Button(getTranslation("emulation.ui.model.score"), e -> score(m));
            score.setId("em-model-score-" + m.id());
            score.addThemeVariants(ButtonVariant.LUMO_SMALL);
            score.setVisible(user != null && m.decisionNumber() == null
                    && access.isPermitted(user, EmulationPermissions.COUNCIL, m.unitId()));
            Button recognise = new Button(getTranslation("emulation.ui.model.recognise"), e -> recognise(m));
            recognise.setId("em-model-recognise-" + m.id());
            recognise.addThemeVariants(ButtonVariant.LUMO_SMALL);
            recognise.setVisible(user != null && m.passed() && m.decisionNumber() == null
                    && access.isPermittedSomewhere(user, EmulationPermissions.DECIDE));
            return new HorizontalLayout(score, recognise);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("emulation.ui.model.empty"));
        spread.setId("em-model-spread");
        spread.addColumn(ModelSpread::modelName).setHeader(getTranslation("emulation.ui.model.name"));
        spread.addColumn(s -> getTranslation("emulation.domain." + s.domain()))
                .setHeader(getTranslation("emulation.ui.model.domain"));
        spread.addColumn(ModelSpread::communeName).setHeader(getTranslation("emulation.ui.spread.commune"));
        spread.addColumn(ModelSpread::replications).setHeader(getTranslation("emulation.ui.spread.count"));
        spread.setAllRowsVisible(true);
        perDomain.setId("em-model-per-domain");
        perDomain.addColumn(e -> getTranslation("emulation.domain." + e.getKey()))
                .setHeader(getTranslation("emulation.ui.model.domain"));
        perDomain.addColumn(Map.Entry::getValue).setHeader(getTranslation("emulation.ui.spread.count"));
        perDomain.setAllRowsVisible(true);
        chart.setId("em-model-spread-chart");
        chart.setStacked(true);
        chart.setHeight("18rem");
        chart.setWidthFull();
        refresh();
        add(add, grid, new H3(getTranslation("emulation.ui.spread.title")), spread, perDomain, chart);
        setFlexGrow(1, grid);
    }

    private String result(Model m) {
        if (m.averagePoints() == null) {
            return getTranslation("emulation.ui.model.notScored");
        }
        return getTranslation(m.passed() ? "emulation.ui.model.passed" : "emulation.ui.model.failed",
                m.averagePoints().toPlainString(), m.maxPoints(), m.members());
    }

    private void refresh() {
        grid.setItems(models.models(user));
        List<ModelSpread> rows = models.spread(user);
        spread.setItems(rows);
        Map<ModelDomain, Long> counts = new LinkedHashMap<>();
        for (ModelDomain domain : ModelDomain.values()) {
            counts.put(domain, rows.stream().filter(r -> r.domain() == domain).mapToLong(ModelSpread::replications)
                    .sum());
        }
        perDomain.setItems(counts.entrySet());
        List<String> communes = rows.stream().map(ModelSpread::communeName).distinct().sorted().toList();
        List<ChartDataset> datasets = new java.util.ArrayList<>();
        for (ModelDomain domain : ModelDomain.values()) {
            datasets.add(ChartDataset.ofCounts(getTranslation("emulation.domain." + domain), communes.stream()
                    .map(c -> rows.stream().filter(r -> r.domain() == domain && r.communeName().equals(c))
                            .mapToLong(ModelSpread::replications).sum()).toList(),
                    List.of(DOMAIN_COLOURS.get(domain.ordinal()))));
        }
        chart.setData(communes, datasets);
        chart.setVisible(!communes.isEmpty());
    }

    private UnitPicker unitPicker(String id, String label, String permission) {
        UnitPicker unit = new UnitPicker(units, id, label)
                .allowing(u -> user != null && access.isPermitted(user, permission, u.id()));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        return unit;
    }

    private void register() {
        Dialog dialog = Forms.dialog(this, "em-model-dialog", getTranslation("emulation.ui.model.new"));
        UnitPicker unit = unitPicker("em-model-unit", getTranslation("emulation.ui.column.unit"),
                EmulationPermissions.MANAGE);
        Select<ModelOwner> owner = new Select<>();
        owner.setId("em-model-owner");
        owner.setLabel(getTranslation("emulation.ui.model.owner"));
        owner.setItems(ModelOwner.values());
        owner.setItemLabelGenerator(o -> getTranslation("emulation.owner." + o));
        owner.setValue(ModelOwner.COLLECTIVE);
        TextField ownerName = field("em-model-owner-name", "emulation.ui.model.ownerName", ModelDraft.NAME_MAX);
        TextField name = field("em-model-name", "emulation.ui.model.name", ModelDraft.NAME_MAX);
        ComboBox<ModelDomain> domain = new ComboBox<>(getTranslation("emulation.ui.model.domain"));
        domain.setId("em-model-domain");
        domain.setItems(ModelDomain.values());
        domain.setItemLabelGenerator(d -> getTranslation("emulation.domain." + d));
        TextField address = field("em-model-address", "emulation.ui.model.address", ModelDraft.NAME_MAX);
        TextField launchingBody = field("em-model-launching-body", "emulation.ui.model.launchingBody",
                ModelDraft.NAME_MAX);
        DatePicker startedOn = new DatePicker(getTranslation("emulation.ui.model.startedOn"));
        startedOn.setId("em-model-started-on");
        IntegerField people = new IntegerField(getTranslation("emulation.ui.model.people"));
        people.setId("em-model-people");
        TextArea results = new TextArea(getTranslation("emulation.ui.model.results"));
        results.setId("em-model-results");
        TextArea documents = new TextArea(getTranslation("emulation.ui.model.documents"));
        documents.setId("em-model-documents");
        documents.setHelperText(getTranslation("emulation.ui.model.documents.helper"));
        ComboBox<Model> replicates = new ComboBox<>(getTranslation("emulation.ui.model.replicates"));
        replicates.setId("em-model-replicates");
        replicates.setItems(models.models(user));
        replicates.setItemLabelGenerator(m -> m.name() + " (" + m.unitName() + ")");
        replicates.setClearButtonVisible(true);
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(ownerName, "ownerName")
                .field(name, "name").field(domain, "domain").field(address, "address")
                .field(launchingBody, "launchingBody").field(startedOn, "startedOn").field(people, "peopleMobilised")
                .field(results, "results").field(documents, "documents").field(replicates, "replicatesModelId");
        FormLayout form = new FormLayout(unit, owner, ownerName, name, domain, address, launchingBody, startedOn,
                people, replicates, results, documents);
        form.setColspan(name, 2);
        form.setColspan(results, 2);
        form.setColspan(documents, 2);
        dialog.add(form);
        Forms.save(this, "em-model-save", getTranslation("emulation.ui.save"), dialog, errors, () -> {
            OrgUnitInfo chosen = unit.getValue();
            return models.register(new ModelDraft(chosen == null ? -1 : chosen.id(), owner.getValue(),
                    ownerName.getValue(), name.getValue(), domain.getValue(), address.getValue(),
                    launchingBody.getValue(), startedOn.getValue(), people.getValue() == null ? 0 : people.getValue(),
                    results.getValue(), documents.getValue(),
                    replicates.getValue() == null ? null : replicates.getValue().id()), user);
        }, this::refresh);
        dialog.open();
    }

    private TextField field(String id, String labelKey, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }

    private void score(Model model) {
        Dialog dialog = Forms.dialog(this, "em-score-dialog", getTranslation("emulation.ui.model.score") + ": "
                + model.name());
        FormLayout form = new FormLayout();
        FieldErrors errors = new FieldErrors();
        Map<String, IntegerField> inputs = new LinkedHashMap<>();
        for (ModelCriterion criterion : models.criteria()) {
            IntegerField points = new IntegerField(getTranslation(criterion.labelKey()));
            points.setId("em-score-" + criterion.code());
            points.setMin(0);
            points.setMax(criterion.maxPoints());
            points.setHelperText(getTranslation("emulation.ui.score.max", criterion.maxPoints()));
            inputs.put(criterion.code(), points);
            errors.field(points, criterion.code());
            form.add(points);
        }
        TextArea comment = new TextArea(getTranslation("emulation.ui.score.comment"));
        comment.setId("em-score-comment");
        errors.field(comment, "comment");
        form.add(comment);
        form.setColspan(comment, 2);
        dialog.add(form);
        Forms.save(this, "em-score-save", getTranslation("emulation.ui.save"), dialog, errors, () -> {
            Map<String, Integer> points = new LinkedHashMap<>();
            inputs.forEach((code, input) -> {
                if (input.getValue() != null) {
                    points.put(code, input.getValue());
                }
            });
            return models.score(model.id(), model.version(), points, comment.getValue(), user);
        }, this::refresh);
        dialog.open();
    }

    private void recognise(Model model) {
        Dialog dialog = Forms.dialog(this, "em-recognise-dialog", getTranslation("emulation.ui.model.recognise")
                + ": " + model.name());
        DecisionFields decision = new DecisionFields(this, "em-recognise", unitPicker("em-recognise-unit",
                getTranslation("emulation.ui.decision.unit"), EmulationPermissions.DECIDE));
        dialog.add(decision.form());
        Forms.save(this, "em-recognise-save", getTranslation("emulation.ui.model.recognise"), dialog,
                decision.errors(), () -> {
                    Recognition r = decision.value();
                    return models.recognise(model.id(), model.version(), r, user);
                }, this::refresh);
        dialog.open();
    }
}
