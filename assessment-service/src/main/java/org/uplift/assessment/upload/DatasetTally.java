package org.uplift.assessment.upload;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.uplift.assessment.measure.Measures;
import org.uplift.assessment.measure.PagSums;

/**
 * What validation learns about one school's rows without keeping them: how many, an order-independent fingerprint
 * of their facts (so re-sending the same results in any row order is recognised), and the PAG sums for estimates.
 */
final class DatasetTally {

    final String datasetId;
    final String urn;
    final String laCode;
    int pupils;
    private long sum;
    private long xor;
    final PagSums pagSums = new PagSums();

    DatasetTally(String datasetId, String urn, String laCode) {
        this.datasetId = datasetId;
        this.urn = urn;
        this.laCode = laCode;
    }

    void add(ValidRow row, MessageDigest sha256) {
        pupils++;
        byte[] hash = sha256.digest(row.facts().getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (hash[i] & 0xff);
        }
        sum += h;
        xor ^= h;
        Integer pag = Measures.pag(row.ks2Reading(), row.ks2Maths());
        if (pag != null && row.ks4Maths() != null) {
            pagSums.add(pag, Measures.mathsElement(row.ks4Maths()));
        }
    }

    String fingerprint() {
        return pupils + ":" + HexFormat.of().toHexDigits(sum) + ":" + HexFormat.of().toHexDigits(xor);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
