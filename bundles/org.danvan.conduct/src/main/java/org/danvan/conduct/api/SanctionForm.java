package org.danvan.conduct.api;

/**
 * A form of discipline, read from the module's cited data file {@code conduct/sanction-forms.csv}.
 *
 * @param id the form's id, e.g. {@code reprimand}
 * @param labelKey the translation key of its name
 * @param limitationRule the id of the rule figure (years) giving the statute of limitation for violations that call for
 *        this form
 * @param citation the legal source, in Vietnamese
 */
public record SanctionForm(String id, String labelKey, String limitationRule, String citation) {
}
