package org.innovationledger.query.infra;

/** Nothing by that id in the caller's tenant (other tenants' data is never revealed): answered as 404. */
public class NotFoundException extends RuntimeException {

    private final String rule;

    public NotFoundException(String what, Object id) {
        super("no " + what + " " + id + " in this tenant");
        this.rule = what.toUpperCase().replace(' ', '_') + "_UNKNOWN";
    }

    public String rule() {
        return rule;
    }
}
