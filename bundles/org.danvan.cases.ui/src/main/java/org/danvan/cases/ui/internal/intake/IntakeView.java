package org.danvan.cases.ui.internal.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.DuplicateAnswer;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.cases.api.IntakeAttachment;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.ui.internal.Refusals;
import org.danvan.cases.ui.internal.UploadLimits;
import org.danvan.cases.ui.internal.detail.CaseDetailContribution;
import org.danvan.cases.ui.internal.detail.DuplicatesPanel;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.ExportLinks;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Records a letter or request as it arrives: kind, channel, the petitioners (one person, several, or a group with
 * its size; none for an anonymous denunciation), the people or body concerned, the content, the day and the
 * receiving unit, with attachments uploaded while the officer types. Before saving, the engine's possible duplicates
 * (same person or same wording, across units, in the last 365 days) are shown for the officer to mark the same matter
 * or a new one; candidates that appear only at saving are shown right after, with link and dismiss actions.
 */
public class IntakeView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(IntakeView.class);

    private final transient CaseService cases;
    private final transient OrgUnitDirectory units;
    private final transient DocumentExporter exporter;
    private final UserPrincipal user;
    private final IntakeForm bean = new IntakeForm();
    private final Binder<IntakeForm> binder = new Binder<>();
    private final FieldErrors fieldErrors = new FieldErrors();
    private final ComboBox<CaseKind> kind = new ComboBox<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final TextField forwardedBy = new TextField();
    private final UnitPicker unit;
    private final DatePicker receivedOn = new DatePicker();
    private final Checkbox group = new Checkbox();
    private final IntegerField peopleCount = new IntegerField();
    private final Checkbox anonymous = new Checkbox();
    private final TextField concerned = new TextField();
    private final TextArea content = new TextArea();
    private final VerticalLayout petitionerList = new VerticalLayout();
    private final List<PetitionerFields> petitioners = new ArrayList<>();
    private final Button addPetitioner = new Button();
    private final PendingFiles pending = new PendingFiles();
    private final Span error = new Span();
    private final Div form = new Div();
    private final Div result = new Div();
    private Upload upload;

    public IntakeView(CaseService cases, OrgUnitDirectory units, DocumentExporter exporter) {
        this.cases = cases;
        this.units = units;
        this.exporter = exporter;
        this.user = SignedInUser.get().orElseThrow(IllegalStateException::new);
        this.unit = new UnitPicker(units, "intake-unit", getTranslation("cases.ui.intake.unit"));
        setId("intake");
        setPadding(true);
        setMaxWidth("60rem");
        form.setWidthFull();
        form.add(letterFields(), petitionerSection(), contentFields(), uploadSection(), buttons());
        result.setId("intake-result");
        result.setWidthFull();
        result.setVisible(false);
        add(form, result);
        bind();
        reset();
        // temporary files go when the officer leaves without saving
        addDetachListener(e -> pending.discard());
    }

    private Component letterFields() {
        kind.setId("intake-kind");
        kind.setLabel(getTranslation("cases.ui.field.kind"));
        // a second complaint is created by reopening a first one, never at intake
        kind.setItems(java.util.EnumSet.complementOf(java.util.EnumSet.of(CaseKind.COMPLAINT_SECOND)));
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.addValueChangeListener(e -> adaptToKind());
        channel.setId("intake-channel");
        channel.setLabel(getTranslation("cases.ui.field.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        channel.addValueChangeListener(e -> forwardedBy.setVisible(IntakeForm.isForwarded(e.getValue())));
        forwardedBy.setId("intake-forwarded-by");
        forwardedBy.setLabel(getTranslation("cases.ui.intake.forwardedBy"));
        forwardedBy.setMaxLength(IntakeForm.FORWARDED_BY_MAX);
        receivedOn.setId("intake-received-on");
        receivedOn.setLabel(getTranslation("cases.ui.field.receivedOn"));
        receivedOn.setMax(LocalizedDates.today());
        receivedOn.setMin(LocalizedDates.today().minusYears(IntakeForm.YEARS_BACK));
        receivedOn.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("cases.ui.datepicker.today"),
                getTranslation("cases.ui.cancel")).setBadInputErrorMessage(getTranslation("cases.ui.datepicker.badInput"))
                .setMaxErrorMessage(getTranslation("case.error.date.future"))
                .setMinErrorMessage(getTranslation("case.error.date.too-old")));
        FormLayout layout = new FormLayout(kind, channel, forwardedBy, receivedOn, unit);
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        layout.setColspan(unit, 2);
        fieldErrors.field(kind, "kind").field(channel, "channel").field(forwardedBy, "forwardedBy")
                .field(receivedOn, "receivedOn").field(unit, "unitId");
        return layout;
    }

    private Component petitionerSection() {
        H3 title = section("cases.ui.detail.petitioners");
        anonymous.setId("intake-anonymous");
        anonymous.setLabel(getTranslation("cases.ui.intake.anonymous"));
        anonymous.addValueChangeListener(e -> adaptToKind());
        group.setId("intake-group");
        group.setLabel(getTranslation("cases.ui.intake.group"));
        group.addValueChangeListener(e -> {
            peopleCount.setEnabled(e.getValue());
            if (!e.getValue()) {
                peopleCount.setValue(1);
            } else if (peopleCount.getValue() == null || peopleCount.getValue() < 2) {
                peopleCount.setValue(Math.max(2, petitioners.size()));
            }
        });
        peopleCount.setId("intake-people-count");
        peopleCount.setLabel(getTranslation("cases.ui.field.peopleCount"));
        peopleCount.setMin(1);
        peopleCount.setMax(IntakeForm.PEOPLE_MAX);
        peopleCount.setStepButtonsVisible(true);
        peopleCount.setEnabled(false);
        // "petitioners" (none, too many) concerns no single input: it is shown above the save button
        fieldErrors.field(peopleCount, "peopleCount");
        HorizontalLayout options = new HorizontalLayout(anonymous, group, peopleCount);
        options.setAlignItems(Alignment.BASELINE);
        options.getStyle().set("flex-wrap", "wrap");
        petitionerList.setId("intake-petitioners");
        petitionerList.setPadding(false);
        addPetitioner.setText(getTranslation("cases.ui.intake.petitioner.add"));
        addPetitioner.setIcon(VaadinIcon.PLUS.create());
        addPetitioner.setId("intake-add-petitioner");
        addPetitioner.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addPetitioner.addClickListener(e -> addPetitioner());
        return new Div(title, options, petitionerList, addPetitioner);
    }

    private H3 section(String key) {
        H3 title = new H3(getTranslation(key));
        // clear of the helper text above it
        title.getStyle().set("margin-top", "var(--lumo-space-l)");
        return title;
    }

    private Component contentFields() {
        concerned.setId("intake-concerned");
        concerned.setLabel(getTranslation("cases.ui.field.concerned"));
        concerned.setMaxLength(IntakeForm.CONCERNED_MAX);
        concerned.setWidthFull();
        content.setId("intake-content");
        content.setLabel(getTranslation("cases.ui.field.content"));
        content.setMaxLength(IntakeForm.CONTENT_MAX);
        content.setMinHeight("10rem");
        content.setMaxHeight("40vh");
        content.setWidthFull();
        content.setHelperText(getTranslation("cases.ui.intake.content.limit", IntakeForm.CONTENT_MAX));
        fieldErrors.field(concerned, "concerned").field(content, "content");
        return new Div(concerned, content);
    }

    private Component uploadSection() {
        H3 title = section("cases.ui.detail.attachments");
        upload = new Upload(UploadLimits.toTempFile((metadata, file) -> pending.add(metadata.fileName(), file)));
        upload.setId("intake-upload");
        UploadLimits.apply(upload, UploadLimits.MAX_FILES, this::getTranslation);
        upload.setWidthFull();
        upload.addFileRejectedListener(e -> Refusals.error(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> pending.remove(e.getFileName()));
        Span limits = new Span(getTranslation("cases.ui.intake.upload.limits",
                UploadLimits.megabytes(UploadLimits.MAX_BYTES, getLocale()), UploadLimits.MAX_FILES));
        limits.setId("intake-upload-limits");
        limits.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(title, upload, limits);
    }

    private Component buttons() {
        error.setId("intake-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("cases.ui.intake.save"), e -> save());
        save.setId("intake-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("cases.ui.intake.clear"), e -> reset());
        clear.setId("intake-clear");
        HorizontalLayout row = new HorizontalLayout(save, clear);
        return new Div(error, row);
    }

    private void bind() {
        String required = getTranslation("case.error.required");
        binder.forField(kind).asRequired(required).bind(IntakeForm::getKind, IntakeForm::setKind);
        binder.forField(channel).asRequired(required).bind(IntakeForm::getChannel, IntakeForm::setChannel);
        binder.forField(forwardedBy)
                .withValidator(v -> !IntakeForm.isForwarded(channel.getValue()) || !v.isBlank(),
                        getTranslation("case.error.forwarded-by.required"))
                .bind(IntakeForm::getForwardedBy, IntakeForm::setForwardedBy);
        binder.forField(receivedOn).asRequired(required).bind(IntakeForm::getReceivedOn, IntakeForm::setReceivedOn);
        binder.forField(unit).asRequired(required).bind(IntakeForm::getUnit, IntakeForm::setUnit);
        binder.forField(group).bind(IntakeForm::isGroup, IntakeForm::setGroup);
        binder.forField(peopleCount).asRequired(getTranslation("case.error.people-count"))
                .withValidator(n -> n >= 1 && n <= IntakeForm.PEOPLE_MAX, getTranslation("case.error.people-count"))
                .withValidator(n -> !group.getValue() || n >= 2, getTranslation("case.error.people-count.group"))
                .bind(IntakeForm::getPeopleCount, IntakeForm::setPeopleCount);
        binder.forField(anonymous).bind(IntakeForm::isAnonymous, IntakeForm::setAnonymous);
        binder.forField(concerned).bind(IntakeForm::getConcerned, IntakeForm::setConcerned);
        binder.forField(content).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .bind(IntakeForm::getContent, IntakeForm::setContent);
    }

    /** A denunciation may be anonymous and names the person denounced; other kinds need a petitioner. */
    private void adaptToKind() {
        boolean denunciation = kind.getValue() != null && kind.getValue().protectsIdentity();
        anonymous.setVisible(denunciation);
        boolean none = denunciation && anonymous.getValue();
        petitionerList.setVisible(!none);
        addPetitioner.setVisible(!none && petitioners.size() < IntakeForm.PETITIONERS_MAX);
        concerned.setLabel(getTranslation(denunciation ? "cases.ui.intake.denounced" : "cases.ui.field.concerned"));
    }

    private void addPetitioner() {
        PetitionerFields fields = new PetitionerFields(this::removePetitioner);
        petitioners.add(fields);
        petitionerList.add(fields);
        renumber();
    }

    private void removePetitioner(PetitionerFields fields) {
        petitioners.remove(fields);
        petitionerList.remove(fields);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < petitioners.size(); i++) {
            petitioners.get(i).number(i, petitioners.size() > 1);
        }
        addPetitioner.setVisible(petitioners.size() < IntakeForm.PETITIONERS_MAX && petitionerList.isVisible());
    }

    private void reset() {
        pending.discard();
        petitioners.clear();
        petitionerList.removeAll();
        IntakeForm fresh = new IntakeForm();
        fresh.setReceivedOn(LocalizedDates.today());
        fresh.setUnit(user.orgUnitId() == null ? null : units.find(user.orgUnitId()).orElse(null));
        binder.readBean(fresh);
        forwardedBy.setVisible(false);
        peopleCount.setEnabled(false);
        fieldErrors.clear();
        error.setText("");
        addPetitioner();
        adaptToKind();
        form.setVisible(true);
        result.setVisible(false);
        result.removeAll();
        upload.clearFileList();
    }

    private void save() {
        fieldErrors.clear();
        error.setText("");
        boolean valid = binder.writeBeanIfValid(bean);
        List<PersonData> people = new ArrayList<>();
        if (!bean.petitionersOptional()) {
            for (PetitionerFields fields : petitioners) {
                valid &= fields.validate();
                people.add(fields.value().toPerson());
            }
        }
        if (!valid) {
            return;
        }
        for (int i = 0; i < petitioners.size(); i++) {
            petitioners.get(i).register(fieldErrors, i);
        }
        IntakeRequest request = bean.toRequest(people);
        // possible duplicates are shown before saving, while the officer is still with the citizen
        List<DuplicateCandidate> possible = refusedOrDone(() -> cases.possibleDuplicates(user, request));
        if (possible == null) {
            return;
        }
        if (possible.isEmpty()) {
            record(request, DuplicateAnswer.none());
        } else {
            new DuplicateCheckDialog(units, possible, answer -> record(request, answer)).open();
        }
    }

    /**
     * Saves the letter with its waiting files in one transaction: a refused file saves nothing, the message names
     * it, and the files stay listed so the officer can take it out and save again.
     */
    private void record(IntakeRequest request, DuplicateAnswer answer) {
        List<InputStream> opened = new ArrayList<>();
        IntakeReceipt receipt;
        try {
            List<IntakeAttachment> attachments = new ArrayList<>();
            for (PendingFiles.Pending file : pending.list()) {
                InputStream in = Files.newInputStream(file.file().toPath());
                opened.add(in);
                attachments.add(new IntakeAttachment(file.fileName(), in));
            }
            receipt = refusedOrDone(() -> cases.intake(user, request, answer, attachments));
        } catch (IOException unreadable) {
            LOG.warn("An uploaded file could not be read back", unreadable);
            error.setText(getTranslation("cases.ui.upload.failed"));
            return;
        } finally {
            for (InputStream in : opened) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // a temporary file being read
                }
            }
        }
        if (receipt == null) {
            return;
        }
        pending.discard();
        showReceipt(receipt, List.of());
    }

    /** The engine's answer, or {@code null} when it refused (the refusal is then shown on the fields or above). */
    private <T> T refusedOrDone(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationException refused) {
            List<Violation> elsewhere = fieldErrors.show(refused, this::getTranslation);
            if (!elsewhere.isEmpty()) {
                error.setText(Refusals.describe(elsewhere, this::getTranslation));
            }
        } catch (AccessDeniedException denied) {
            Refusals.show(denied, this::getTranslation);
        }
        return null;
    }

    /** Shows the candidates; after each decision the engine's current list replaces them. */
    private void showDuplicates(Div holder, long caseId, List<DuplicateCandidate> candidates) {
        holder.removeAll();
        holder.add(new DuplicatesPanel(cases, units, user, caseId, candidates,
                () -> showDuplicates(holder, caseId, cases.detail(user, caseId).duplicates()), "intake-duplicates"));
    }

    /** The citizen's receipt as a PDF, made when the officer clicks (the case as it stands then). */
    private Anchor receiptLink(IntakeReceipt receipt) {
        String statusBase = serverAddress();
        String fileName = "phieu-tiep-nhan-" + receipt.number().replace('/', '-') + ".pdf";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            CaseDetail detail = cases.detail(user, receipt.caseId());
            String unitName = units.find(detail.summary().unitId()).map(OrgUnitInfo::name).orElse("");
            ExportDocument document = ReceiptDocument.of(detail, receipt.trackingCode(), unitName, statusBase,
                    PlatformTime.today(PlatformTime.clock()), this::getTranslation);
            byte[] pdf = ExportLinks.render(exporter, document, ExportLinks.Format.PDF);
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, DocumentExporter.PDF_TYPE, pdf.length);
        }), getTranslation("cases.ui.receipt.link"));
        link.setId("intake-result-receipt");
        link.getElement().setAttribute("download", fileName);
        link.getElement().setAttribute("data-status-base", statusBase);
        return link;
    }

    /**
     * The server's address as the officer's browser reached it ({@code scheme://host[:port]/context/}): what the
     * citizen's phone opens from the QR code. Behind a reverse proxy Jetty must be told to honour the
     * {@code X-Forwarded-*} headers, or the internal address would be printed.
     */
    private static String serverAddress() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)) {
            return "/";
        }
        StringBuilder base = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(request.getScheme()) && port == 80
                || "https".equals(request.getScheme()) && port == 443;
        if (!defaultPort) {
            base.append(':').append(port);
        }
        return base.append(request.getContextPath()).append('/').toString();
    }

    private void showReceipt(IntakeReceipt receipt, List<String> notAttached) {
        form.setVisible(false);
        result.removeAll();
        H3 title = new H3(getTranslation("cases.ui.intake.done"));
        Paragraph number = new Paragraph(getTranslation("cases.ui.intake.number", receipt.number()));
        number.setId("intake-result-number");
        number.getElement().setAttribute("data-number", receipt.number());
        Paragraph tracking = new Paragraph(getTranslation("cases.ui.intake.tracking", receipt.trackingCode()));
        tracking.setId("intake-result-tracking");
        tracking.getElement().setAttribute("data-code", receipt.trackingCode());
        Anchor print = receiptLink(receipt);
        result.add(title, number, tracking, print);
        if (!notAttached.isEmpty()) {
            Div problems = new Div();
            problems.setId("intake-result-attach-errors");
            problems.getStyle().set("color", "var(--lumo-error-text-color)");
            notAttached.forEach(line -> problems.add(new Paragraph(line)));
            result.add(problems);
        }
        if (!receipt.duplicates().isEmpty()) {
            Div duplicates = new Div();
            duplicates.setWidthFull();
            showDuplicates(duplicates, receipt.caseId(), receipt.duplicates());
            result.add(new H3(getTranslation("cases.ui.intake.duplicates", receipt.duplicates().size())), duplicates);
        }
        Button open = new Button(getTranslation("cases.ui.intake.open"),
                e -> CaseDetailContribution.open(receipt.caseId()));
        open.setId("intake-result-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button another = new Button(getTranslation("cases.ui.intake.another"), e -> reset());
        another.setId("intake-result-new");
        result.add(new HorizontalLayout(open, another));
        result.setVisible(true);
    }
}
