package org.danvan.citizen.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.OnlineReceipt;
import org.danvan.cases.api.OnlineSubmission;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.ExportLinks;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * "Gửi đơn trực tuyến": the public form (no account) where a citizen sends a petition to a commune that accepts
 * online submissions. One column for a phone; kind with plain-language help, content, files, contact, consent to the
 * processing of personal data; an anonymous denunciation with its legal conditions explained. Before sending, the
 * browser solves a proof of work; the answer is a tracking code and a receipt to download.
 */
public class OnlineSubmissionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    /** The query parameter naming the commune by its code: {@code /gui-don?xa=<code>}. */
    static final String UNIT_PARAMETER = "xa";
    static final String[] ACCEPTED = {".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx", ".txt"};

    private final transient OnlineSubmissionDesk desk;
    private final transient DocumentExporter exporter;
    private final transient Supplier<String> requester;
    private final transient Supplier<String> statusBase;
    private final String solver;
    private final int proofBits;
    private final int maxFiles;
    private final long maxFileBytes;

    private final Select<Long> unit = new Select<>();
    private final RadioButtonGroup<CaseKind> kind = new RadioButtonGroup<>();
    private final Checkbox anonymous = new Checkbox();
    private final Div anonymousRules = new Div();
    private final TextField fullName = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final Checkbox milestoneMails = new Checkbox();
    private final TextField address = new TextField();
    private final TextArea content = new TextArea();
    private final Checkbox consent = new Checkbox();
    private final Button send = new Button();
    private final Div error = new Div();
    private final VerticalLayout form = new VerticalLayout();
    private final VerticalLayout result = new VerticalLayout();
    private final List<OnlineSubmission.OnlineFile> files = new ArrayList<>();
    private transient ProofOfWork proof;

    OnlineSubmissionView(OnlineSubmissionDesk desk, DocumentExporter exporter, Supplier<String> requester,
            Supplier<String> statusBase, String solver, int proofBits, int maxFiles, long maxFileBytes) {
        this.desk = desk;
        this.exporter = exporter;
        this.requester = requester;
        this.statusBase = statusBase;
        this.solver = solver;
        this.proofBits = proofBits;
        this.maxFiles = maxFiles;
        this.maxFileBytes = maxFileBytes;
        setId("online-submission");
        setWidthFull();
        setMaxWidth("32rem");
        setPadding(true);
        getStyle().set("margin", "0 auto").set("box-sizing", "border-box");

        H1 title = new H1(getTranslation("citizen.online.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");
        LanguageSwitch language = new LanguageSwitch(getLocale(), getTranslation("citizen.status.language"));
        language.setWidth("9rem");
        HorizontalLayout header = new HorizontalLayout(title, language);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.getStyle().set("flex-wrap", "wrap");
        add(header, muted(new Paragraph(getTranslation("citizen.online.intro"))));

        Map<Long, String> open = desk.openUnits();
        unit.setId("online-unit");
        unit.setLabel(getTranslation("citizen.online.unit"));
        unit.setItems(open.keySet());
        unit.setItemLabelGenerator(open::get);
        unit.setWidthFull();
        unit.setEmptySelectionAllowed(false);
        if (open.size() == 1) {
            unit.setValue(open.keySet().iterator().next());
        }

        kind.setId("online-kind");
        kind.setLabel(getTranslation("citizen.online.kind"));
        kind.setItems(OnlineSubmissionDesk.KINDS);
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(k -> {
            Div item = new Div(new Span(getTranslation(k.labelKey())));
            Div help = new Div(getTranslation(OnlineSubmissionDesk.helpKey(k)));
            help.getStyle().set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            item.add(help);
            return item;
        }));
        kind.addValueChangeListener(e -> showAnonymity());

        anonymous.setId("online-anonymous");
        anonymous.setLabel(getTranslation("citizen.online.anonymous"));
        anonymous.addValueChangeListener(e -> showAnonymity());
        anonymousRules.setId("online-anonymous-rules");
        anonymousRules.setText(getTranslation("citizen.online.anonymous.rules"));
        anonymousRules.getStyle().set("font-size", "var(--lumo-font-size-s)");

        content.setId("online-content");
        content.setLabel(getTranslation("citizen.online.content"));
        content.setHelperText(getTranslation("citizen.online.content.helper"));
        content.setMaxLength(20_000);
        content.setMinHeight("10rem");
        content.setWidthFull();

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            if (data.length <= maxFileBytes && files.size() < maxFiles) {
                files.add(new OnlineSubmission.OnlineFile(metadata.fileName(), data));
            }
        }));
        upload.setId("online-files");
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setI18n(uploadTexts(maxFiles, maxFileBytes));
        upload.addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
        upload.setWidthFull();
        Span uploadHelp = new Span(getTranslation("citizen.online.files.helper", maxFiles,
                maxFileBytes / (1024 * 1024)));
        uploadHelp.getStyle().set("font-size", "var(--lumo-font-size-s)");

        fullName.setId("online-name");
        fullName.setLabel(getTranslation("citizen.online.name"));
        fullName.setMaxLength(200);
        fullName.setWidthFull();
        phone.setId("online-phone");
        phone.setLabel(getTranslation("citizen.online.phone"));
        phone.setMaxLength(20);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setWidthFull();
        email.setId("online-email");
        email.setLabel(getTranslation("citizen.online.email"));
        email.setHelperText(getTranslation("citizen.online.email.helper"));
        email.setMaxLength(254);
        // the field's own pattern check runs before any validator and has no words of its own: without these, a
        // refused address left the field red with no message (as HostileInputIT found on the intake form)
        String badEmail = getTranslation("case.error.email");
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(badEmail)
                .setMaxLengthErrorMessage(badEmail));
        email.setWidthFull();
        email.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        email.addValueChangeListener(e -> showMailChoice());
        milestoneMails.setId("online-mail");
        milestoneMails.setLabel(getTranslation("citizen.online.mail"));
        milestoneMails.setHelperText(getTranslation("citizen.online.mail.helper"));
        milestoneMails.setValue(true);
        address.setId("online-address");
        address.setLabel(getTranslation("citizen.online.address"));
        address.setMaxLength(500);
        address.setWidthFull();

        consent.setId("online-consent");
        consent.setLabel(getTranslation("citizen.online.consent"));
        Paragraph consentText = muted(new Paragraph(getTranslation("citizen.online.consent.text")));
        consentText.setId("online-consent-text");

        send.setId("online-send");
        send.setText(getTranslation("citizen.online.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.setDisableOnClick(true);
        send.addClickListener(e -> solveAndSend());

        error.setId("online-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
        error.setVisible(false);

        form.setPadding(false);
        form.add(unit, kind, anonymous, anonymousRules, content, upload, uploadHelp, fullName, phone, email,
                milestoneMails, address, consent, consentText, send, error);
        result.setId("online-result");
        result.setPadding(false);
        result.setVisible(false);
        add(form, result);
        showAnonymity();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(UNIT_PARAMETER)
                .flatMap(desk::openUnit).ifPresent(u -> unit.setValue(u.id()));
        if (desk.openUnits().isEmpty()) {
            form.setVisible(false);
            error.setText(getTranslation("citizen.online.closed"));
            error.setVisible(true);
            add(error);
        }
    }

    /** Anonymity is offered for a denunciation only; the contact fields step back when it is chosen. */
    private void showAnonymity() {
        boolean denunciation = kind.getValue() == CaseKind.DENUNCIATION;
        anonymous.setVisible(denunciation);
        if (!denunciation) {
            anonymous.setValue(false);
        }
        anonymousRules.setVisible(denunciation);
        boolean named = !anonymous.getValue();
        fullName.setVisible(named);
        phone.setVisible(named);
        address.setVisible(named);
        // an anonymous denouncer leaves no contact at all: nothing would be kept of it
        email.setVisible(named);
        showMailChoice();
    }

    /** The choice to receive the milestones by mail is shown once there is an address to send them to. */
    private void showMailChoice() {
        milestoneMails.setVisible(email.isVisible() && !email.getValue().isBlank());
    }

    /** The browser solves a fresh challenge, then the form is sent with its answer. */
    private void solveAndSend() {
        proof = ProofOfWork.issue(proofBits);
        ProofOfWork issued = proof;
        getElement().executeJs("return (function(challenge, bits) {" + solver + "})($0, $1);", issued.challenge(),
                issued.difficultyBits()).then(String.class, nonce -> send(issued, nonce),
                        failure -> refuse(List.of(Violation.of(null, "citizen.online.error.proof"))));
    }

    void send(ProofOfWork issued, String nonce) {
        try {
            OnlineSubmissionDesk.Form typed = new OnlineSubmissionDesk.Form(unit.getValue() == null ? -1
                    : unit.getValue(), kind.getValue(), anonymous.getValue(), fullName.getValue(), phone.getValue(),
                    email.getValue(), address.getValue(), content.getValue(), consent.getValue(), List.copyOf(files),
                    milestoneMails.isVisible() && milestoneMails.getValue(), getLocale().getLanguage());
            OnlineReceipt receipt = desk.submit(requester.get(), issued, nonce, typed);
            showReceipt(receipt, typed.unitId());
        } catch (ValidationException refused) {
            refuse(refused.violations());
        }
    }

    private void refuse(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        for (Violation violation : violations) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(getTranslation(violation.messageKey(), violation.args().toArray()));
        }
        error.setText(text.toString());
        error.setVisible(true);
        send.setEnabled(true);
    }

    private void showReceipt(OnlineReceipt receipt, long unitId) {
        form.setVisible(false);
        error.setVisible(false);
        String unitName = desk.openUnits().getOrDefault(unitId, "");
        Div code = new Div(receipt.trackingCode());
        code.setId("online-code");
        code.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "700")
                .set("letter-spacing", "0.05em").set("overflow-wrap", "anywhere");
        String base = statusBase.get();
        String fileName = "bien-nhan-" + receipt.number().replace('/', '-') + ".pdf";
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportDocument document = OnlineReceiptDocument.of(receipt, unitName, base,
                    PlatformTime.today(PlatformTime.clock()), this::getTranslation);
            byte[] bytes = ExportLinks.render(exporter, document, ExportLinks.Format.PDF);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, DocumentExporter.PDF_TYPE,
                    bytes.length);
        }), getTranslation("citizen.online.receipt.link"));
        pdf.setId("online-receipt");
        pdf.getElement().setAttribute("download", fileName);
        Anchor status = new Anchor(CitizenStatusContribution.ROUTE + "?" + CitizenStatusView.CODE_PARAMETER + "="
                + receipt.trackingCode(), getTranslation("citizen.online.result.status"));
        status.setId("online-status-link");
        Paragraph received = new Paragraph(getTranslation("citizen.online.result.received",
                CitizenStatusView.DATE.format(receipt.receivedOn()), receipt.number()));
        received.setId("online-received");
        result.add(new H2(getTranslation("citizen.online.result.title")),
                new Paragraph(getTranslation("citizen.online.result.keep")), code, received, pdf, status);
        result.setVisible(true);
    }

    /** The upload's own texts, which are English unless set. */
    private UploadI18N uploadTexts(int files, long bytes) {
        String failed = getTranslation("citizen.online.upload.failed");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("citizen.online.upload.add"))
                        .setMany(getTranslation("citizen.online.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("citizen.online.upload.drop"))
                        .setMany(getTranslation("citizen.online.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("citizen.online.upload.tooBig", bytes / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("citizen.online.upload.type"))
                        .setTooManyFiles(getTranslation("citizen.online.upload.tooMany", files)))
                .setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(failed).setUnexpectedServerError(failed).setForbidden(failed)))
                .setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
    }

    private static Paragraph muted(Paragraph paragraph) {
        paragraph.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return paragraph;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizen.online.title") + " · DanVan";
    }
}
