package org.innovationledger.kernel.initiative;

/** Roles around an initiative: behovsägare, förvaltare, finansiär, slutanvändare. */
public enum InitiativeRole {
    NEED_OWNER, MAINTAINER, FUNDER, END_USERS
}
