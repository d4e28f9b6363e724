package jp.hometech.platform.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/** What both PDFs say about themselves: title, author, dates (the issue instant, Tokyo time) and language. */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    public static void describe(PDDocument document, String title, String author, Instant issuedAt) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setAuthor(author);
        information.setCreator("Hometech back office");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Tokyo"));
        when.setTimeInMillis(issuedAt.toEpochMilli());
        information.setCreationDate(when);
        information.setModificationDate(when);
        document.getDocumentCatalog().setLanguage("ja-JP");
    }
}
