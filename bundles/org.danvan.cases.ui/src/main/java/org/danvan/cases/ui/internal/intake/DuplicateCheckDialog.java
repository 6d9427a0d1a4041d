package org.danvan.cases.ui.internal.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.danvan.cases.api.DuplicateAnswer;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.kit.UnitLabels;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Before a letter is recorded: the cases of the last 365 days, in any unit, that may be the same matter (same
 * person, or overlapping wording). The officer, still with the citizen, ticks those that are the same matter (the
 * new case is linked to them) and saves; the others shown are recorded as not duplicates. "Back" saves nothing.
 * Element ids: {@code intake-duplicate-check}, {@code -same-<case id>} (one checkbox a candidate, its reason and
 * score in {@code data-reason} / {@code data-score}), {@code -save}, {@code -back}.
 */
final class DuplicateCheckDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    static final String ID = "intake-duplicate-check";

    private final Map<Long, Checkbox> same = new LinkedHashMap<>();

    DuplicateCheckDialog(OrgUnitDirectory units, List<DuplicateCandidate> candidates,
            Consumer<DuplicateAnswer> save) {
        setId(ID);
        setHeaderTitle(getTranslation("cases.ui.duplicate.check.title", candidates.size()));
        setWidth("36rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        add(new Paragraph(getTranslation("cases.ui.duplicate.check.explain")));
        Div rows = new Div();
        rows.setWidthFull();
        for (DuplicateCandidate candidate : candidates) {
            Checkbox box = new Checkbox(getTranslation("cases.ui.duplicate.check.same", candidate.otherNumber(),
                    UnitLabels.name(units, candidate.otherUnitId())));
            box.setId(ID + "-same-" + candidate.otherCaseId());
            box.getElement().setAttribute("data-reason", candidate.reason());
            box.getElement().setAttribute("data-score", Integer.toString(candidate.score()));
            Span why = new Span(getTranslation("cases.ui.duplicate.reason." + candidate.reason()) + " · "
                    + candidate.score() + " %");
            why.getStyle().set("display", "block").set("margin", "0 0 var(--lumo-space-s) var(--lumo-space-l)")
                    .set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            rows.add(box, why);
            same.put(candidate.otherCaseId(), box);
        }
        add(rows);
        Button back = new Button(getTranslation("cases.ui.duplicate.check.back"), e -> close());
        back.setId(ID + "-back");
        Button record = new Button(getTranslation("cases.ui.duplicate.check.save"), e -> {
            Set<Long> sameMatter = same.entrySet().stream().filter(entry -> entry.getValue().getValue())
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            close();
            save.accept(new DuplicateAnswer(same.keySet(), sameMatter));
        });
        record.setId(ID + "-save");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(back, record);
    }
}
