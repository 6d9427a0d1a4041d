package org.danvan.cases.ui.internal.detail;

import java.util.List;

import org.danvan.cases.api.PersonData;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;

/** Shows petitioners' identities as read-only fields, one block per person. */
final class PersonGrid extends Div {

    private static final long serialVersionUID = 1L;

    PersonGrid(String id, List<PersonData> people) {
        setId(id);
        for (int i = 0; i < people.size(); i++) {
            PersonData p = people.get(i);
            FormLayout block = new FormLayout();
            block.setId(id + "-" + i);
            block.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26em", 2));
            block.add(field(id + "-" + i + "-name", "cases.ui.person.fullName", p.fullName()),
                    field(id + "-" + i + "-id", "cases.ui.person.idNumber", p.idNumber()),
                    field(id + "-" + i + "-address", "cases.ui.person.address", p.address()),
                    field(id + "-" + i + "-phone", "cases.ui.person.phone", p.phone()),
                    field(id + "-" + i + "-email", "cases.ui.person.email", p.email()),
                    field(id + "-" + i + "-notes", "cases.ui.person.identityNotes", p.identityNotes()));
            add(new H4(getTranslation("cases.ui.person.title", i + 1)), block);
        }
    }

    private TextField field(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }
}
