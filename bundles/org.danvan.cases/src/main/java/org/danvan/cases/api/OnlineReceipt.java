package org.danvan.cases.api;

import java.time.LocalDate;

/**
 * What the citizen is told after an online submission: enough for the receipt, nothing that names anyone.
 *
 * @param number the case's per-unit yearly number
 * @param trackingCode the tracking code for the public status page
 * @param kind the kind as submitted
 * @param receivedOn the legal day of receipt
 * @param nextDue the clock started by the intake, or {@code null}
 * @param attachments how many files were stored
 * @since 1.3.0
 */
public record OnlineReceipt(String number, String trackingCode, CaseKind kind, LocalDate receivedOn, NextDue nextDue,
        int attachments) {
}
