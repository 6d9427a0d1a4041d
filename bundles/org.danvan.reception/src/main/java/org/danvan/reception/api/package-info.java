/**
 * Citizen reception (Law 42/2013/QH13, Circular 04/2021/TT-TTCP): the leaders' reception schedule and its
 * minimum-frequency warnings, the reception book (form 03) whose entries become cases, and dialogues with citizens
 * with their commitments.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.reception.api;
