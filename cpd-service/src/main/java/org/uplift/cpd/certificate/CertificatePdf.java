package org.uplift.cpd.certificate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A one-page certificate of completion as a PDF 1.4 file, written directly: a few lines of text in the standard
 * Helvetica fonts need no PDF library. Text is limited to Latin-1 (WinAnsi), which names and titles here fit.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CertificatePdf() {
    }

    /** What the certificate states. */
    public record Content(String participant, String programme, String cohort, String hub, LocalDate completedOn,
            int attended, int sessions, String reference) {
    }

    public static byte[] render(Content c) {
        List<String[]> lines = List.of(
                new String[] {"F2", "30", "Certificate of completion"},
                new String[] {"F1", "14", "This is to certify that"},
                new String[] {"F2", "24", c.participant()},
                new String[] {"F1", "14", "has completed the Maths Hub CPD programme"},
                new String[] {"F2", "18", c.programme()},
                new String[] {"F1", "12", c.cohort() + ", run by " + c.hub()},
                new String[] {"F1", "12", "Attended " + c.attended() + " of " + c.sessions() + " sessions. Completed on "
                        + DATE.format(c.completedOn()) + "."},
                new String[] {"F1", "9", "Reference " + c.reference() + " - issued by Uplift"});
        StringBuilder text = new StringBuilder("BT\n");
        int y = 470;
        for (String[] line : lines) {
            int size = Integer.parseInt(line[1]);
            int width = (int) (line[2].length() * size * ("F2".equals(line[0]) ? 0.56 : 0.5));
            text.append('/').append(line[0]).append(' ').append(size).append(" Tf\n")
                    .append("1 0 0 1 ").append(Math.max(40, (842 - width) / 2)).append(' ').append(y).append(" Tm\n")
                    .append('(').append(escape(line[2])).append(") Tj\n");
            y -= size + 30;
        }
        text.append("ET\n0.11 0.44 0.72 RG 6 w 30 30 782 535 re S\n");
        return document(text.toString());
    }

    private static byte[] document(String content) {
        byte[] stream = content.getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = new ArrayList<>(java.util.Arrays.asList(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
                null,
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
                "<< /Title (Certificate of completion) /Producer (Uplift cpd-service) >>"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n");
            if (objects.get(i) == null) {
                write(out, "<< /Length " + stream.length + " >>\nstream\n");
                out.writeBytes(stream);
                write(out, "\nendstream");
            } else {
                write(out, objects.get(i));
            }
            write(out, "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info 7 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == '(' || ch == ')' || ch == '\\') {
                escaped.append('\\').append(ch);
            } else if (ch == '\u2013' || ch == '\u2014') {
                escaped.append('-');
            } else if (ch < 32 || ch > 255) {
                escaped.append('?');
            } else {
                escaped.append(ch);
            }
        }
        return escaped.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
