package org.danvan.reception.ui.internal.book;

import java.util.List;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.reception.api.BookEntry;
import org.danvan.reception.api.BookFilter;
import org.danvan.reception.api.Disposition;
import org.danvan.reception.api.ReceptionBook;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.ui.internal.Pickers;
import org.danvan.rules.api.RuleTable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The reception book (form 03): a lazy grid over the service's pages with the form's columns, filters by unit, days
 * and text (whole words of a name, an exact ID number, or words of the content), a dialog to record or correct a line,
 * and "create case from entry", which links to the case it made.
 */
public class BookView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The longest search text; the service also limits the number of words. */
    static final int SEARCH_MAX = 200;

    private final transient ReceptionBook book;
    private final transient OrgUnitDirectory units;
    private final UserPrincipal user;
    private final ConfigurableFilterDataProvider<BookEntry, Void, BookFilter> data;
    final Grid<BookEntry> grid = new Grid<>();
    final UnitPicker unit;
    final DatePicker from = Pickers.day("reception-book-filter-from", getTranslation("reception.ui.filter.from"));
    final DatePicker to = Pickers.day("reception-book-filter-to", getTranslation("reception.ui.filter.to"));
    final TextField search = new TextField();
    final ComboBox<Disposition> disposition = new ComboBox<>();
    final Span total = new Span();
    /** Columns a phone does without: number, date, name, content and the actions say what matters. */
    private final List<Grid.Column<BookEntry>> wideOnly = new java.util.ArrayList<>();
    private BookFilter filter = BookFilter.any();
    private final transient RuleTable rules;
    private final transient org.danvan.reception.api.ReceptionSchedule schedule;
    /** Whether a session was online, by session id, read once per session shown. */
    private final transient java.util.Map<Long, Boolean> onlineSessions = new java.util.HashMap<>();

    /** The day of an entry, marked when the citizen was received at an online session. */
    String dateText(BookEntry entry) {
        String day = LocalizedDates.format(entry.receivedOn());
        return isOnline(entry) ? day + " · " + getTranslation("reception.ui.book.online") : day;
    }

    private boolean isOnline(BookEntry entry) {
        if (schedule == null || entry.sessionId() == null) {
            return false;
        }
        return onlineSessions.computeIfAbsent(entry.sessionId(), id -> {
            try {
                return schedule.sessions(entry.unitId(), entry.receivedOn(), entry.receivedOn(), user).stream()
                        .anyMatch(session -> session.id() == id && session.online());
            } catch (org.danvan.platform.api.security.AccessDeniedException e) {
                return false; // the book's reader may not see the unit's schedule: no mark
            }
        });
    }

    /** Below this width (px) the grid keeps only the essential columns. */
    static final int PHONE_WIDTH = 700;

    public BookView(ReceptionBook book, OrgUnitDirectory units) {
        this(book, units, null);
    }

    /**
     * @param rules the rule table for the answer clock of the follow-up column ({@code reception.answer}); null:
     *            the column shows the officer's text only
     */
    public BookView(ReceptionBook book, OrgUnitDirectory units, RuleTable rules) {
        this(book, units, rules, null);
    }

    /**
     * @param schedule the reception sessions, to mark an entry received at an online session (Law 136/2025/QH15,
     *            new art. 3a); null: no mark
     */
    public BookView(ReceptionBook book, OrgUnitDirectory units, RuleTable rules,
            org.danvan.reception.api.ReceptionSchedule schedule) {
        this.schedule = schedule;
        this.rules = rules;
        this.book = book;
        this.units = units;
        this.user = SignedInUser.get().orElseThrow(IllegalStateException::new);
        this.unit = new UnitPicker(units, "reception-book-filter-unit", getTranslation("reception.ui.filter.unit"));
        setId("reception-book");
        setSizeFull();
        BookSource source = new BookSource(book, user);
        DataProvider<BookEntry, BookFilter> lazy = DataProvider.fromFilteringCallbacks(
                query -> source.fetch(query.getFilter().orElseThrow(), query.getOffset(), query.getLimit()),
                query -> count(source, query.getFilter().orElseThrow()));
        data = lazy.withConfigurableFilter();
        data.setFilter(filter);
        total.setId("reception-book-total");
        add(toolbar(), filters(), total);
        configureGrid();
        add(grid);
        setFlexGrow(1, grid);
        if (user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        apply();
    }

    private int count(BookSource source, BookFilter wanted) {
        try {
            int count = source.count(wanted);
            search.setInvalid(false);
            total.setText(getTranslation("reception.ui.book.total", count));
            return count;
        } catch (ValidationException invalid) {
            // the search text is judged by the service (e.g. too many words): show it there, list nothing
            search.setErrorMessage(Refusals.describe(invalid.violations(), this::getTranslation));
            search.setInvalid(true);
            total.setText(getTranslation("reception.ui.book.total", 0));
            return 0;
        }
    }

    private Component toolbar() {
        HorizontalLayout bar = new HorizontalLayout();
        search.setId("reception-book-search");
        search.setPlaceholder(getTranslation("reception.ui.book.search"));
        search.setAriaLabel(getTranslation("reception.ui.book.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(SEARCH_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(500);
        search.addValueChangeListener(e -> apply());
        search.getStyle().set("flex", "1 1 14rem").set("min-width", "0");
        bar.add(search);
        if (user.hasPermission(ReceptionPermissions.RECORD)) {
            Button add = new Button(getTranslation("reception.ui.book.new"), VaadinIcon.PLUS.create(), e -> create());
            add.setId("reception-book-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        bar.setWidthFull();
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private Component filters() {
        unit.addValueChangeListener(e -> apply());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> apply());
        to.addValueChangeListener(e -> apply());
        disposition.setId("reception-book-filter-disposition");
        disposition.setLabel(getTranslation("reception.ui.entry.disposition"));
        disposition.setItems(Disposition.values());
        disposition.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        disposition.setClearButtonVisible(true);
        disposition.addValueChangeListener(e -> apply());
        Div fields = new Div(unit, from, to, disposition);
        fields.setId("reception-book-filters");
        fields.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        for (Component c : List.of(unit, from, to, disposition)) {
            c.getElement().getStyle().set("flex", "1 1 10rem").set("min-width", "0");
        }
        fields.setWidthFull();
        return fields;
    }

    private void configureGrid() {
        grid.setId("reception-book-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> e.number() + "/" + e.year()).setHeader(getTranslation("reception.ui.column.number"))
                .setFlexGrow(0).setWidth("6rem").setFrozen(true);
        grid.addColumn(this::dateText).setHeader(getTranslation("reception.ui.column.date"))
                .setFlexGrow(0).setWidth("7rem");
        grid.addColumn(BookEntry::citizenName).setHeader(getTranslation("reception.ui.column.name")).setWidth("10rem");
        wideOnly.add(grid.addColumn(BookEntry::citizenAddress).setHeader(getTranslation("reception.ui.column.address"))
                .setWidth("10rem"));
        wideOnly.add(grid.addColumn(BookEntry::idNumber).setHeader(getTranslation("reception.ui.column.idNumber"))
                .setWidth("8rem"));
        grid.addColumn(BookEntry::content).setHeader(getTranslation("reception.ui.column.content")).setWidth("16rem");
        wideOnly.add(grid.addColumn(this::kindAndPeople).setHeader(getTranslation("reception.ui.column.kind"))
                .setWidth("9rem"));
        wideOnly.add(grid.addColumn(BookEntry::previouslyHandledBy).setHeader(getTranslation("reception.ui.column.previously"))
                .setWidth("9rem"));
        wideOnly.add(grid.addColumn(this::dispositionText).setHeader(getTranslation("reception.ui.column.disposition"))
                .setWidth("10rem"));
        wideOnly.add(grid.addColumn(this::followUpText).setHeader(getTranslation("reception.ui.column.followUp"))
                .setWidth("10rem"));
        wideOnly.add(grid.addColumn(BookEntry::notes).setHeader(getTranslation("reception.ui.column.notes"))
                .setWidth("8rem"));
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("reception.ui.column.case"))
                .setFlexGrow(0).setWidth("11rem");
        grid.setEmptyStateText(getTranslation("reception.ui.book.empty"));
        grid.setItems(data);
        grid.setSizeFull();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitWidth(details.getWindowInnerWidth()));
        var resize = page.addBrowserWindowResizeListener(e -> fitWidth(e.getWidth()));
        addDetachListener(e -> {
            resize.remove();
            e.unregisterListener();
        });
    }

    void fitWidth(int width) {
        boolean wide = width >= PHONE_WIDTH;
        wideOnly.forEach(column -> column.setVisible(wide));
    }

    /** The officer's follow-up text, then the answer clock of the entry (Law 42/2013 art. 28). */
    String followUpText(BookEntry entry) {
        AnswerDue answer = AnswerDue.of(rules, entry, LocalizedDates.today());
        String text = entry.followUp() == null ? "" : entry.followUp();
        if (answer == null) {
            return text;
        }
        String clock = getTranslation(answer.messageKey(), LocalizedDates.format(answer.dueDate()));
        return text.isBlank() ? clock : text + " — " + clock;
    }

    String kindAndPeople(BookEntry entry) {
        String kind = entry.petitionKind() == null ? "" : getTranslation(entry.petitionKind().labelKey());
        return getTranslation("reception.ui.book.kindAndPeople", kind, entry.peopleCount());
    }

    String dispositionText(BookEntry entry) {
        if (entry.disposition() == null) {
            return "";
        }
        String label = getTranslation(entry.disposition().labelKey());
        return entry.transferredTo() == null ? label : label + ": " + entry.transferredTo();
    }

    /** The row's actions: correct, and either the case link or "create case from entry". */
    Component actions(BookEntry entry) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(false);
        cell.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        boolean mayRecord = user.hasPermission(ReceptionPermissions.RECORD);
        if (mayRecord) {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> correct(entry));
            edit.setId("reception-entry-edit-" + entry.id());
            edit.setAriaLabel(getTranslation("reception.ui.book.correct"));
            edit.setTooltipText(getTranslation("reception.ui.book.correct"));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(edit);
        }
        if (entry.caseId() != null) {
            cell.add(user.hasPermission(CasePermissions.VIEW)
                    ? CaseLink.anchor(entry.caseId(), "reception-entry-case-" + entry.id(),
                            getTranslation("reception.ui.book.case", entry.caseId()))
                    : new Span(getTranslation("reception.ui.book.case", entry.caseId())));
        } else if (mayRecord && entry.disposition() != null && entry.disposition().becomesCase()) {
            Button open = new Button(getTranslation("reception.ui.book.openCase"), e -> openCase(entry));
            open.setId("reception-entry-open-case-" + entry.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(open);
        }
        return cell;
    }

    void create() {
        OrgUnitInfo chosen = unit.getValue();
        EntryBean bean = EntryBean.blank(chosen, LocalizedDates.today());
        new EntryDialog(book, units, user, null, bean, this::recorded, this::refresh).open();
    }

    void correct(BookEntry entry) {
        OrgUnitInfo owner = units.find(entry.unitId()).orElse(null);
        new EntryDialog(book, units, user, entry, EntryBean.of(entry, owner), this::corrected, this::refresh).open();
    }

    private void recorded(BookEntry entry) {
        Refusals.success(getTranslation("reception.ui.book.recorded", entry.number(), entry.year()));
        refresh();
    }

    private void corrected(BookEntry entry) {
        Refusals.success(getTranslation("reception.ui.book.corrected", entry.number(), entry.year()));
        refresh();
    }

    /** "Tạo hồ sơ từ lượt tiếp": the case engine makes (or finds) the entry's case; the user gets its link. */
    void openCase(BookEntry entry) {
        long caseId;
        try {
            caseId = book.openCase(entry.id(), user);
        } catch (IllegalStateException noEngine) {
            Refusals.error(getTranslation("reception.ui.book.noCaseEngine"));
            return;
        } catch (RuntimeException failure) {
            if (!Refusals.isUserCaused(failure)) {
                throw failure;
            }
            Refusals.show(failure, this::getTranslation);
            refresh();
            return;
        }
        refresh();
        Span text = new Span(getTranslation("reception.ui.book.caseOpened", entry.number(), entry.year()));
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create());
        close.setAriaLabel(getTranslation("reception.ui.close"));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Notification notification = new Notification(new HorizontalLayout(text,
                CaseLink.anchor(caseId, "reception-case-link", getTranslation("reception.ui.book.case", caseId)),
                close));
        notification.setId("reception-case-opened");
        notification.setDuration(15_000);
        notification.setPosition(Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close.addClickListener(e -> notification.close());
        notification.open();
    }

    /** Re-reads the book with the current filter. */
    void refresh() {
        data.refreshAll();
    }

    /** Reads the filter inputs and re-queries unless they are invalid. */
    void apply() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("reception.validation.range-reversed"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        OrgUnitInfo chosen = unit.getValue();
        String text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        filter = new BookFilter(chosen == null ? null : chosen.id(), from.getValue(), to.getValue(), text,
                disposition.getValue());
        data.setFilter(filter);
    }

    /** The filter the grid pages with. */
    BookFilter currentFilter() {
        return filter;
    }
}
