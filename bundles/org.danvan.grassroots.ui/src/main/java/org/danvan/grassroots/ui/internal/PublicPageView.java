package org.danvan.grassroots.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.danvan.grassroots.api.PublicDisclosure;
import org.danvan.grassroots.api.PublicDisclosures;
import org.danvan.grassroots.api.PublicDisclosures.CommunePage;

import com.vaadin.flow.component.AttachEvent;
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
    private final H1 title = new H1();
    private final Div content = new Div();
    private String pageTitle;

    PublicPageView(PublicDisclosures disclosures) {
        this.disclosures = disclosures;
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
