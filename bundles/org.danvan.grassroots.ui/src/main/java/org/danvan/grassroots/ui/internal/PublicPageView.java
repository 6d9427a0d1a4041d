package org.danvan.grassroots.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.danvan.grassroots.api.CommentDraft;
import org.danvan.grassroots.api.PublicConsultation;
import org.danvan.grassroots.api.PublicDisclosure;
import org.danvan.grassroots.api.PublicDisclosures;
import org.danvan.grassroots.api.PublicDisclosures.CommunePage;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.FieldErrors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * "Công khai": what a commune discloses today, by group, for anybody with a phone. Public facts only; a commune
 * without the module (or an unknown code) has no page.
 */
public class PublicPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String PARAMETER = "xa";
    /** As on Vietnamese official documents. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient PublicDisclosures disclosures;
    private final transient Supplier<String> requester;
    private String communeCode;
    private final H1 title = new H1();
    private final Div content = new Div();
    private String pageTitle;

    PublicPageView(PublicDisclosures disclosures, Supplier<String> requester) {
        this.disclosures = disclosures;
        this.requester = requester;
        setId("gr-public");
        setWidthFull();
        setMaxWidth("40rem");
        setPadding(true);
        getStyle().set("margin", "0 auto").set("box-sizing", "border-box");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");
        title.setId("gr-public-title");
        content.setWidthFull();
        add(title, content);
        pageTitle = getTranslation("grassroots.ui.public.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> codes = event.getLocation().getQueryParameters().getParameters().getOrDefault(PARAMETER,
                List.of());
        show(codes.isEmpty() ? null : codes.get(0));
    }

    /** Shows the page of the commune with this code, or that there is none. */
    void show(String communeCode) {
        this.communeCode = communeCode;
        content.removeAll();
        Optional<CommunePage> page = disclosures.page(communeCode);
        if (page.isEmpty()) {
            title.setText(getTranslation("grassroots.ui.public.title"));
            Paragraph none = new Paragraph(getTranslation("grassroots.ui.public.none"));
            none.setId("gr-public-none");
            content.add(none);
            pageTitle = getTranslation("grassroots.ui.public.title");
            return;
        }
        title.setText(getTranslation("grassroots.ui.public.commune", page.get().communeName()));
        pageTitle = title.getText();
        showConsultations(disclosures.consultations(communeCode));
        if (page.get().disclosures().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("grassroots.ui.public.empty"));
            empty.setId("gr-public-empty");
            content.add(empty);
            return;
        }
        Map<Integer, List<PublicDisclosure>> byGroup = page.get().disclosures().stream()
                .collect(Collectors.groupingBy(PublicDisclosure::group, java.util.TreeMap::new, Collectors.toList()));
        byGroup.forEach((group, items) -> {
            Section section = new Section();
            section.setId("gr-public-group-" + group);
            H2 heading = new H2(group + ". " + getTranslation("grassroots.group." + group));
            heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
            section.add(heading);
            items.forEach(item -> section.add(card(item)));
            content.add(section);
        });
    }

    /** Matters open for comment first, each with its form; closed ones with the authority's explanation. */
    private void showConsultations(List<PublicConsultation> consultations) {
        if (consultations.isEmpty()) {
            return;
        }
        Section section = new Section();
        section.setId("gr-public-consultations");
        H2 heading = new H2(getTranslation("grassroots.ui.public.consultations"));
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
        section.add(heading);
        for (PublicConsultation c : consultations) {
            Div card = new Div();
            card.setId("gr-public-consultation-" + c.id());
            card.addClassName("gr-public-item");
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius",
                    "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("margin-bottom", "var(--lumo-space-s)").set("overflow-wrap", "anywhere");
            H3 what = new H3(c.title());
            what.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
            card.add(what, new Paragraph(c.draft()));
            if (c.open()) {
                card.add(new Paragraph(getTranslation("grassroots.ui.public.until", DATE.format(c.closesOn()))),
                        commentForm(c));
            } else {
                Paragraph explanation = new Paragraph(getTranslation("grassroots.ui.public.explanation",
                        c.explanation()));
                explanation.setId("gr-public-explanation-" + c.id());
                card.add(explanation);
            }
            section.add(card);
        }
        content.add(section);
    }

    private Div commentForm(PublicConsultation c) {
        TextArea text = new TextArea(getTranslation("grassroots.ui.public.comment"));
        text.setId("gr-public-comment-text-" + c.id());
        text.setMaxLength(CommentDraft.TEXT_MAX_LENGTH);
        text.setWidthFull();
        TextField name = new TextField(getTranslation("grassroots.ui.public.name"));
        name.setId("gr-public-comment-name-" + c.id());
        name.setMaxLength(CommentDraft.NAME_MAX_LENGTH);
        name.setWidthFull();
        TextField contact = new TextField(getTranslation("grassroots.ui.public.contact"));
        contact.setId("gr-public-comment-contact-" + c.id());
        contact.setHelperText(getTranslation("grassroots.ui.public.contact.helper"));
        contact.setMaxLength(CommentDraft.NAME_MAX_LENGTH);
        contact.setWidthFull();
        Paragraph answer = new Paragraph();
        answer.setId("gr-public-comment-answer-" + c.id());
        answer.getElement().setAttribute("role", "status");
        answer.setVisible(false);
        FieldErrors errors = new FieldErrors().field(text, "text").field(name, "authorName")
                .field(contact, "contact");
        Button send = new Button(getTranslation("grassroots.ui.public.send"));
        send.setId("gr-public-comment-send-" + c.id());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.addClickListener(e -> {
            errors.clear();
            try {
                disclosures.comment(communeCode, c.id(), new CommentDraft(text.getValue(), name.getValue(),
                        contact.getValue()), requester.get());
            } catch (ValidationException refused) {
                List<Violation> elsewhere = errors.show(refused, this::getTranslation);
                if (!elsewhere.isEmpty()) {
                    answer.setText(getTranslation(elsewhere.get(0).messageKey(), elsewhere.get(0).args().toArray()));
                    answer.getStyle().set("color", "var(--lumo-error-text-color)");
                    answer.setVisible(true);
                }
                return;
            }
            text.clear();
            answer.setText(getTranslation("grassroots.ui.public.thanks"));
            answer.getStyle().set("color", "var(--lumo-success-text-color)");
            answer.setVisible(true);
        });
        Div form = new Div(text, name, contact, send, answer);
        form.setWidthFull();
        return form;
    }

    private Div card(PublicDisclosure item) {
        Div card = new Div();
        card.addClassName("gr-public-item");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius",
                "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)").set("overflow-wrap", "anywhere");
        H3 what = new H3(item.title());
        what.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        Paragraph decision = new Paragraph(item.decisionRef() == null
                ? getTranslation("grassroots.ui.public.decided", DATE.format(item.decidedOn()), item.unitName())
                : getTranslation("grassroots.ui.public.decision", item.decisionRef(), DATE.format(item.decidedOn()),
                        item.unitName()));
        decision.getStyle().set("margin", "var(--lumo-space-xs) 0").set("font-size", "var(--lumo-font-size-s)");
        card.add(what, decision);
        if (item.summary() != null) {
            card.add(new Paragraph(item.summary()));
        }
        Paragraph forms = new Paragraph(item.forms().stream().map(f -> getTranslation(f.labelKey()))
                .collect(Collectors.joining(", ")));
        forms.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)").set("color",
                "var(--lumo-secondary-text-color)");
        card.add(forms);
        return card;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · DanVan";
    }
}
