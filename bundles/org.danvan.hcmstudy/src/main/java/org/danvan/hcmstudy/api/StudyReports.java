package org.danvan.hcmstudy.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The figures of a unit and of each unit of its subtree the reader may see, for a year or for any period.
 *
 * <p>A year counts the year's programme (its sessions), the commitments of the year and the action plans of the
 * year. A period counts by the day things happened within it, both ends included: sessions planned and held, the
 * commitments registered, reviewed and assessed, tasks due (and of those, done and overdue today), exemplary models
 * proposed and recognised. The member count is the unit's current list in both.
 */
@ProviderType
public interface StudyReports {

    /** Refusal: a period needs both its first and its last day. */
    String PERIOD_REQUIRED = "hcmstudy.validation.period.required";
    /** Refusal: the period's last day is before its first. */
    String PERIOD_ORDER = "hcmstudy.validation.period.order";
    /** Refusal: a period longer than {@link #PERIOD_MAX_YEARS} years; argument the maximum. */
    String PERIOD_LONG = "hcmstudy.validation.period.long";
    /** The longest period a report covers, in years. */
    int PERIOD_MAX_YEARS = 5;

    UnitFigures figures(long unitId, int year, UserPrincipal user);

    /** One line per unit of the subtree (within the reader's scope) that has a programme or members in the year. */
    List<UnitFigures> byUnit(long unitId, int year, UserPrincipal user);

    /**
     * The unit's figures for the period {@code from}–{@code to}, both included; refused at the fields "from" and
     * "to" when a day is missing, the order is wrong or the period is longer than {@link #PERIOD_MAX_YEARS} years.
     */
    UnitFigures figures(long unitId, LocalDate from, LocalDate to, UserPrincipal user);

    /** One line per unit of the subtree (within the reader's scope) with anything recorded in the period. */
    List<UnitFigures> byUnit(long unitId, LocalDate from, LocalDate to, UserPrincipal user);
}
