package org.danvan.citizen.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import org.danvan.cases.api.PublicStatus;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * "Tra cứu hồ sơ": a citizen types the tracking code printed on the receipt and sees the kind of the case, where it
 * stands, when it was received and when the next step is due — the four fields of {@link PublicStatus} and nothing
 * else. Laid out for a phone first (one column, at most 32rem wide); the language can be switched on the page.
 */
public class CitizenStatusView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    /** The query parameter of the address printed as a QR code on the receipt: {@code /tra-cuu?ma=<code>}. */
    public static final String CODE_PARAMETER = "ma";
    /** As on Vietnamese official documents; French writes dates the same way. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient StatusLookup lookup;
    private final transient Supplier<String> requester;
    private final TextField code = new TextField();
    private final Div error = new Div();
    private final Section result = new Section();

    /**
     * @param lookup the limited look-up
     * @param requester the limiter key of whoever sends the current request
     */
    CitizenStatusView(StatusLookup lookup, Supplier<String> requester) {
        this.lookup = lookup;
        this.requester = requester;
        setId("citizen-status");
        setWidthFull();
        setMaxWidth("32rem");
        setPadding(true);
        setSpacing(true);
        getStyle().set("margin", "0 auto").set("box-sizing", "border-box");

        H1 title = new H1(getTranslation("citizen.status.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");
        LanguageSwitch language = new LanguageSwitch(getLocale(), getTranslation("citizen.status.language"));
        language.setWidth("9rem");
        HorizontalLayout header = new HorizontalLayout(title, language);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.getStyle().set("flex-wrap", "wrap");

        Paragraph intro = new Paragraph(getTranslation("citizen.status.intro"));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        code.setId("status-code");
        code.setLabel(getTranslation("citizen.status.code"));
        code.setHelperText(getTranslation("citizen.status.code.helper"));
        code.setMaxLength(TrackingCodeInput.MAX_TYPED_LENGTH);
        code.setAutocomplete(Autocomplete.OFF);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        code.setRequiredIndicatorVisible(true);
        // the look-up decides what is invalid; the field's own check on blur would undo it
        code.setManualValidation(true);
        code.setClearButtonVisible(true);
        code.setWidthFull();

        Button search = new Button(getTranslation("citizen.status.lookup"), e -> lookUp());
        search.setId("status-lookup");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setWidthFull();
        search.addClickShortcut(Key.ENTER);

        error.setId("status-error");
        // read out by screen readers as soon as it appears
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("overflow-wrap", "anywhere");
        error.setVisible(false);

        result.setId("status-result");
        result.getElement().setAttribute("aria-live", "polite");
        result.setWidthFull();
        result.setVisible(false);

        Paragraph privacy = new Paragraph(getTranslation("citizen.status.privacy"));
        privacy.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color",
                "var(--lumo-tertiary-text-color)");

        add(header, intro, code, search, error, result, privacy);
    }

    /**
     * Opened from the receipt's QR code ({@code ?ma=<code>}): the code is put in the field and looked up at once,
     * under the same limit as a typed one.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(CODE_PARAMETER)
                .filter(value -> !value.isBlank())
                .ifPresent(value -> {
                    code.setValue(value.length() > TrackingCodeInput.MAX_TYPED_LENGTH
                            ? value.substring(0, TrackingCodeInput.MAX_TYPED_LENGTH) : value);
                    lookUp();
                });
    }

    /** Runs the look-up for what is in the field and shows either the status or the one refusal. */
    void lookUp() {
        result.removeAll();
        result.setVisible(false);
        try {
            show(lookup.lookUp(requester.get(), code.getValue()));
            error.setText("");
            error.setVisible(false);
            code.setInvalid(false);
        } catch (ValidationException refused) {
            Violation violation = refused.violations().get(0);
            error.setText(getTranslation(violation.messageKey(), violation.args().toArray()));
            error.setVisible(true);
            code.setInvalid(violation.field() != null);
        }
    }

    private void show(PublicStatus status) {
        H2 heading = new H2(getTranslation("citizen.status.result"));
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 var(--lumo-space-s)");
        DescriptionList fields = new DescriptionList();
        fields.getStyle().set("margin", "0");
        fields.add(row("status-kind", "citizen.status.kind", getTranslation(status.kind().labelKey())),
                row("status-step", "citizen.status.step", getTranslation(status.currentStep().labelKey())),
                row("status-received", "citizen.status.received", date(status.receivedOn())),
                row("status-due", "citizen.status.due", status.nextDueDate() == null
                        ? getTranslation("citizen.status.due.none") : date(status.nextDueDate())));
        result.add(heading, fields);
        result.setVisible(true);
    }

    private Div row(String id, String labelKey, String value) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(labelKey));
        term.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId(id);
        description.getStyle().set("margin", "0 0 var(--lumo-space-s)").set("font-weight", "600")
                .set("overflow-wrap", "anywhere");
        return new Div(term, description);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // screen readers pick their voice by the page's language; the shell's page does not declare one
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizen.status.title") + " · DanVan";
    }
}
