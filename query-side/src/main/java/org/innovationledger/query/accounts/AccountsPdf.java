package org.innovationledger.query.accounts;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The accounts' PDF, rendered from the very XHTML of the HTML document (so both show the same figures), then made
 * reproducible: the document id derives from the XHTML and the dates are the edition's, never the clock's, so
 * regenerating an edition gives the same bytes.
 */
final class AccountsPdf {

    private AccountsPdf() {
    }

    static byte[] render(String xhtml, String title, Instant publishedAt) {
        try {
            ByteArrayOutputStream rendered = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(rendered);
            builder.run();
            return reproducible(rendered.toByteArray(), xhtml, title, publishedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("the accounts' PDF could not be rendered", e);
        }
    }

    private static byte[] reproducible(byte[] pdf, String xhtml, String title, Instant publishedAt)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer("Innovation Ledger");
            if (publishedAt != null) {
                Calendar on = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                on.setTimeInMillis(publishedAt.toEpochMilli());
                info.setCreationDate(on);
            }
            document.setDocumentInformation(info);
            // the renderer seeded the trailer's /ID with the clock; it becomes a digest of the document's XHTML
            COSString id = new COSString(digest(xhtml));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] digest(String xhtml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
