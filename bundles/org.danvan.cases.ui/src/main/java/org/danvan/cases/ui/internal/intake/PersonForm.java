package org.danvan.cases.ui.internal.intake;

import java.io.Serializable;
import java.util.regex.Pattern;

import org.danvan.cases.api.PersonData;

/** One petitioner as typed at intake, with the engine's formats for ID number, phone and e-mail. */
public final class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 500;
    public static final int NOTES_MAX = 2000;
    public static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{6,20}");
    public static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z]{6,20}");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    private String fullName = "";
    private String address = "";
    private String idNumber = "";
    private String phone = "";
    private String email = "";
    private String identityNotes = "";

    /** Blank or matching the pattern (optional fields). */
    public static boolean blankOr(Pattern pattern, String value) {
        return value == null || value.isBlank() || pattern.matcher(value.strip()).matches();
    }

    public PersonData toPerson() {
        return new PersonData(IntakeForm.text(fullName), IntakeForm.text(address), IntakeForm.text(idNumber),
                IntakeForm.text(phone), IntakeForm.text(email), IntakeForm.text(identityNotes));
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getIdentityNotes() { return identityNotes; }
    public void setIdentityNotes(String identityNotes) { this.identityNotes = identityNotes; }
}
