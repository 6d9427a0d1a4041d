package org.danvan.platform.shell.internal.view;

import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.shell.internal.HomeCards;
import org.danvan.platform.shell.internal.web.CurrentUser;
import org.danvan.platform.shell.internal.web.ShellServices;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCardItem;
import org.danvan.platform.ui.spi.HomeLink;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * "Việc của tôi" (my work), the start page after signing in: a greeting and the cards the installed modules
 * contribute for the signed-in user ({@link org.danvan.platform.ui.spi.HomeCardProvider}), in their order, in a grid
 * that becomes one column on a phone; cards with something to do come first. The installed modules are listed on the Modules screen.
 * <p>
 * Element ids: {@code home-greeting}, {@code home-cards}, {@code home-cards-none}, and per card (dots of its id as
 * dashes) {@code home-card-<id>} (with {@code data-count} and {@code data-severity}), {@code home-card-<id>-count},
 * {@code home-card-<id>-item-<n>}, {@code home-card-<id>-all}.
 */
public class HomeView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "";

    public HomeView() {
        UserPrincipal user = CurrentUser.get();
        H2 greeting = new H2(getTranslation("home.greeting", user == null ? "" : user.fullName()));
        greeting.setId("home-greeting");
        greeting.getStyle().set("margin-bottom", "0");
        add(greeting);
        ShellServices services = ShellServices.current();
        List<HomeCard> cards = HomeCards.forUser(services.registry().homeCardSources(), user,
                (module, who) -> services.enablement().isEnabledForUser(module, who));
        if (cards.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.cards.none"));
            none.setId("home-cards-none");
            add(none, new Paragraph(getTranslation("home.intro")));
            return;
        }
        Div grid = new Div();
        grid.setId("home-cards");
        grid.setWidthFull();
        // as many 18rem columns as fit; below that width (a phone) one column of the full width
        grid.getStyle().set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 18rem), 1fr))")
                .set("gap", "var(--lumo-space-m)").set("align-items", "start");
        cards.forEach(card -> grid.add(card(card)));
        add(grid);
    }

    static String elementId(HomeCard card) {
        return "home-card-" + card.id().replace('.', '-');
    }

    private Div card(HomeCard card) {
        String id = elementId(card);
        boolean calm = card.count() == 0;
        String accent = calm ? "var(--lumo-contrast-30pct)" : switch (card.severity()) {
            case DANGER -> "var(--lumo-error-color)";
            case WARNING -> "var(--lumo-warning-color, #c77c00)";
            case NORMAL -> "var(--lumo-primary-color)";
        };
        String figure = calm ? "var(--lumo-secondary-text-color)" : switch (card.severity()) {
            case DANGER -> "var(--lumo-error-text-color)";
            case WARNING -> "var(--lumo-warning-text-color, #8a5a00)";
            case NORMAL -> "var(--lumo-primary-text-color)";
        };
        Div box = new Div();
        box.setId(id);
        box.getElement().setAttribute("data-count", Long.toString(card.count()));
        box.getElement().setAttribute("data-severity", calm ? "NONE" : card.severity().name());
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-left", "6px solid " + accent).set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("background", "var(--lumo-base-color)")
                .set("box-sizing", "border-box").set("min-width", "0");

        H3 title = new H3(getTranslation(card.titleKey()));
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-m)");
        Span count = new Span(Long.toString(card.count()));
        count.setId(id + "-count");
        count.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "700")
                .set("color", figure);
        Div head = new Div(title, count);
        head.getStyle().set("display", "flex").set("justify-content", "space-between").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)");
        box.add(head);

        if (card.items().isEmpty()) {
            Div nothing = new Div(getTranslation("home.card.empty"));
            nothing.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            box.add(nothing);
        }
        int n = 0;
        for (HomeCardItem item : card.items()) {
            Anchor line = link(item.target(), item.label());
            line.setId(id + "-item-" + n++);
            line.getStyle().set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap")
                    .set("flex", "1").set("min-width", "0");
            Div row = new Div(line);
            row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)")
                    .set("font-size", "var(--lumo-font-size-s)").set("padding", "2px 0");
            if (item.date() != null) {
                Span date = new Span(LocalizedDates.format(item.date()));
                date.getStyle().set("white-space", "nowrap").set("color",
                        item.late() ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
                row.add(date);
            }
            box.add(row);
        }
        Anchor all = link(card.seeAll(), getTranslation("home.card.all"));
        all.setId(id + "-all");
        Div footer = new Div(all);
        footer.getStyle().set("margin-top", "var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-s)")
                .set("text-align", "right");
        box.add(footer);
        return box;
    }

    /** A link the Flow router follows without reloading the page. */
    private static Anchor link(HomeLink target, String text) {
        Anchor anchor = new Anchor(target.location(), text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
