package jp.hometech.certificates.internal.content;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "The data printed" of the issue log (C4): every value both PDFs print, as JSON, so a dispute about what a
 * certificate said is settled from the log even without the PDF.
 */
public final class PrintedData {

    private PrintedData() {
    }

    public static String json(CertificateContent c) {
        Json json = new Json();
        json.open();
        json.field("number", c.number());
        json.field("issueDate", c.issueDate().toString());
        json.field("issueDatePrinted", Wareki.both(c.issueDate()));
        json.object("issuer", () -> {
            json.field("companyName", c.issuer().companyName());
            json.field("representative", c.issuer().representative());
            json.field("address", c.issuer().address());
            json.field("phone", c.issuer().phone());
            json.field("contactPerson", c.issuer().contactPerson());
            json.field("contact", c.issuer().contact());
            json.field("industry", CertificateWording.INDUSTRY);
        });
        json.object("contractor", () -> {
            json.field("nameKana", c.contractorNameKana());
            json.field("name", c.contractorName());
            json.field("birthDate", c.contractorBirthDate() == null ? null : c.contractorBirthDate().toString());
        });
        json.object("contract", () -> {
            json.field("number", c.contractNumber());
            json.field("type", CertificateWording.CONTRACT_TYPE);
            json.field("term", CertificateWording.TERM);
            json.field("startDate", c.startDate().toString());
            json.field("endDate", c.endDate() == null ? null : c.endDate().toString());
            json.field("endDatePrinted", CertificateWording.endDate(c));
            json.field("state", c.state().name());
            json.field("validity", CertificateWording.validity(c));
            json.field("renewal", CertificateWording.renewal(c));
            json.field("leave", CertificateWording.leave(c));
        });
        json.field("place", CertificateWording.PLACE);
        json.field("work", CertificateWording.WORK);
        json.field("businessHours", CertificateWording.BUSINESS_HOURS);
        json.field("pattern", CertificateWording.PATTERN);
        json.field("averageDaysPerWeek", CertificateWording.averageDaysText(c));
        json.field("averageHoursPerMonth", CertificateWording.averageHoursText(c));
        json.array("months", c.months(), m -> {
            json.field("month", m.month().toString());
            json.field("beforeContract", m.beforeContract());
            json.field("days", m.daysWorked());
            json.field("minutes", m.minutesWorked());
        });
        json.array("days", c.days(), d -> {
            json.field("date", d.date().toString());
            json.field("start", d.firstStart() == null ? null : d.firstStart().format(DateTimeFormatter.ofPattern("HH:mm")));
            json.field("end", d.lastEnd() == null ? null : d.lastEnd().format(DateTimeFormatter.ofPattern("HH:mm")));
            json.field("minutes", d.minutesWorked());
        });
        json.field("purpose", c.purpose().name());
        json.field("purposeNote", c.purposeNote());
        json.field("remarks", c.remarks());
        json.stringArray("remarksPrinted", CertificateWording.remarks(c));
        json.field("verificationUrl", c.verificationUrl());
        json.close();
        return json.toString();
    }

    /** Just enough JSON writing for this one document (no library needed in the EAR for it). */
    private static final class Json {

        private final StringBuilder out = new StringBuilder();
        private boolean first = true;

        void open() {
            out.append('{');
            first = true;
        }

        void close() {
            out.append('}');
            first = false;
        }

        void field(String name, String value) {
            name(name);
            if (value == null) {
                out.append("null");
            } else {
                string(value);
            }
        }

        void field(String name, long value) {
            name(name);
            out.append(value);
        }

        void field(String name, boolean value) {
            name(name);
            out.append(value);
        }

        void object(String name, Runnable body) {
            name(name);
            open();
            body.run();
            close();
        }

        <T> void array(String name, List<T> items, java.util.function.Consumer<T> body) {
            name(name);
            out.append('[');
            boolean firstItem = true;
            for (T item : items) {
                if (!firstItem) {
                    out.append(',');
                }
                firstItem = false;
                open();
                body.accept(item);
                close();
            }
            out.append(']');
            first = false;
        }

        void stringArray(String name, List<String> items) {
            name(name);
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(items.get(i));
            }
            out.append(']');
            first = false;
        }

        private void name(String name) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(name);
            out.append(':');
        }

        private void string(String value) {
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (ch < 0x20) {
                            out.append(String.format("\\u%04x", (int) ch));
                        } else {
                            out.append(ch);
                        }
                    }
                }
            }
            out.append('"');
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
