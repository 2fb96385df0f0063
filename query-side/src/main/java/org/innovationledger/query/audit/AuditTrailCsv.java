package org.innovationledger.query.audit;

import org.innovationledger.kernel.audit.AuditEntry;
import org.innovationledger.query.infra.CsvCells;

import java.util.List;

/**
 * Audit entries as CSV (RFC 4180: comma, CRLF, a header row) for spreadsheets and auditors' tools: one row per
 * event, its fields as compact JSON text in the last column. Cells starting like a formula are neutralised.
 */
final class AuditTrailCsv {

    static final String[] HEADER = {"position", "eventId", "type", "revision", "aggregateType", "aggregateId",
            "sequenceNumber", "timestamp", "tenant", "principal", "role", "authenticatedBy", "reason", "documentRef",
            "correlationId", "causationId", "idempotencyKey", "demo", "payload"};

    private AuditTrailCsv() {
    }

    static String render(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(256 + entries.size() * 512);
        line(csv, HEADER);
        for (AuditEntry e : entries) {
            line(csv, String.valueOf(e.position()), e.eventId(), e.type(), e.revision(), e.aggregateType(),
                    e.aggregateId(), e.sequenceNumber() == null ? null : e.sequenceNumber().toString(),
                    e.timestamp().toString(), e.tenant(), e.principal(), e.role(), e.authenticatedBy(), e.reason(),
                    e.documentRef(), e.correlationId(), e.causationId(), e.idempotencyKey(),
                    String.valueOf(e.demo()), e.payload() == null ? null : e.payload().toString());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(CsvCells.quoted(cells[i]));
        }
        csv.append("\r\n");
    }
}
