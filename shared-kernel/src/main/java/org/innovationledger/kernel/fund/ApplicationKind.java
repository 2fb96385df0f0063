package org.innovationledger.kernel.fund;

/** What an application asks money for, as the innovation fund distinguishes its applications. */
public enum ApplicationKind {
    /** A new project: develop, test or evaluate a new product, service or method. */
    NEW,
    /** A continuation of a project the fund supported before ("fortsättningsansökningar", with fadderstöd). */
    CONTINUATION,
    /** Introducing a tested solution into everyday operation ("införa", Årets implementation). */
    IMPLEMENTATION
}
