package org.innovationledger.query.accounts;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
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
            // the trailer's /ID is seeded with the current time: the rendering above already wrote one, which PDFBox
            // keeps when it saves (it derives a new /ID only when there is none), so drop it and seed it afresh
            document.getDocument().getTrailer().removeItem(COSName.ID);
            document.setDocumentId(seed(xhtml));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static long seed(String xhtml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                seed = (seed << 8) | (digest[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
