package org.innovationledger.bench.report;

/** One target of issue 11 and whether this run met it. */
public record Target(String target, Status status, String evidence) {

    public enum Status { MET, NOT_MET, NOT_MEASURED }

    public static Target judged(String target, boolean met, String evidence) {
        return new Target(target, met ? Status.MET : Status.NOT_MET, evidence);
    }

    public static Target notMeasured(String target, String why) {
        return new Target(target, Status.NOT_MEASURED, why);
    }
}
