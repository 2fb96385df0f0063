package org.innovationledger.kernel.need;

/** Where a need stands: open, or closed in one of the three ways the sources end a needs process. */
public enum NeedStatus {
    OPEN,
    /** An internal solution improved, solved or streamlined it. */
    RESOLVED_INTERNALLY,
    /** Handed over to another party to carry on (industry, academia, another unit). */
    HANDED_OVER,
    /** Referred to another process, e.g. procurement or research. */
    REFERRED;

    public boolean isClosed() {
        return this != OPEN;
    }
}
