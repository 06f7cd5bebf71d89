package org.uplift.assessment.upload;

import java.io.InputStream;
import java.util.Locale;

import org.uplift.contracts.assessment.AssessmentKind;

/** CSV or Common Transfer File XML, told apart by name and, failing that, by the first character. */
final class UploadFormats {

    static final String CSV = "CSV";
    static final String CTF = "CTF";

    private UploadFormats() {
    }

    static String detect(String fileName, byte[] head) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return CTF;
        }
        for (byte b : head) {
            if (b == '<') {
                return CTF;
            }
            if (!Character.isWhitespace(b) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB && (b & 0xff) != 0xBF) {
                return CSV;
            }
        }
        return CSV;
    }

    static RowReader reader(String format, InputStream in, AssessmentKind kind) {
        return CTF.equals(format) ? new CtfRowReader(in, kind) : new CsvRowReader(in, kind);
    }
}
