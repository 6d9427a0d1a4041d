package org.danvan.supervision.api;

/** What is supervised (Law 75/2015/QH13): a body or unit, a policy or law, a project, an official. */
public enum SubjectKind {
    UNIT, POLICY, PROJECT, OFFICIAL
}
