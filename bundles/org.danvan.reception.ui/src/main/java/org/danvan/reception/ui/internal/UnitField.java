package org.danvan.reception.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Picks a unit by its official code, looked up at once in the directory; the helper text shows the unit's path.
 * Never lists all units, so it works with any number of them. Element ids: the field itself and {@code <id>-code}.
 */
public final class UnitField extends CustomField<OrgUnitInfo> {

    private static final long serialVersionUID = 1L;

    /** Codes are short; the limit keeps arbitrary input away from the directory. */
    public static final int CODE_MAX = 40;

    private final transient OrgUnitDirectory directory;
    private final TextField code = new TextField();
    private OrgUnitInfo chosen;

    public UnitField(OrgUnitDirectory directory, String id, String label) {
        this.directory = directory;
        setId(id);
        setLabel(label);
        code.setId(id + "-code");
        code.setPlaceholder(getTranslation("reception.ui.unit.code"));
        code.setMaxLength(CODE_MAX);
        code.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        code.setClearButtonVisible(true);
        code.setWidthFull();
        code.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                lookUp(e.getValue());
            }
        });
        add(code);
    }

    /** Looks the typed code up, as when the user leaves the field. */
    void lookUp(String typed) {
        String wanted = typed == null ? "" : typed.strip();
        Optional<OrgUnitInfo> found = wanted.isEmpty() || wanted.length() > CODE_MAX ? Optional.empty()
                : directory.findByCode(wanted);
        chosen = found.orElse(null);
        showChosen();
        if (!wanted.isEmpty() && found.isEmpty()) {
            setErrorMessage(getTranslation("reception.ui.unit.unknown", wanted));
            setInvalid(true);
        }
        updateValue();
    }

    /** Types a code and looks it up, as a user would. */
    public void typeCode(String typed) {
        code.setValue(typed == null ? "" : typed);
        lookUp(typed);
    }

    private void showChosen() {
        setInvalid(false);
        setHelperText(chosen == null ? null : path(directory, chosen.id()));
    }

    /** The path from the root to the unit, e.g. {@code Tỉnh Bắc Ninh › Xã Tiên Du}; {@code #id} if unknown. */
    public static String path(OrgUnitDirectory directory, long id) {
        List<OrgUnitInfo> path = directory.path(id);
        return path.isEmpty() ? name(directory, id)
                : path.stream().map(OrgUnitInfo::name).collect(Collectors.joining(" › "));
    }

    /** The unit's name; {@code #id} if unknown. */
    public static String name(OrgUnitDirectory directory, long id) {
        return directory.find(id).map(OrgUnitInfo::name).orElse("#" + id);
    }

    @Override
    protected OrgUnitInfo generateModelValue() {
        return chosen;
    }

    @Override
    protected void setPresentationValue(OrgUnitInfo unit) {
        chosen = unit;
        code.setValue(unit == null ? "" : unit.code());
        showChosen();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        code.setReadOnly(readOnly);
    }
}
