package org.uplift.assessment.upload;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.uplift.assessment.pupil.PupilId;
import org.uplift.contracts.assessment.SenProvision;

/**
 * Validated rows, already pseudonymised, written to a private temporary file during validation so the storage pass
 * streams them back without parsing, checking or hashing the upload again. Holds no UPN.
 */
final class Spool implements AutoCloseable {

    private final Path file;
    private final DataOutputStream out;

    Spool() {
        try {
            file = Files.createTempFile("uplift-rows-", ".spool");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 65536));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(ValidRow row) {
        try {
            out.writeInt(row.row());
            out.writeUTF(row.pupil().value());
            out.writeUTF(row.urn());
            out.writeUTF(row.laCode());
            out.writeByte(row.yearGroup());
            out.writeBoolean(row.disadvantaged());
            out.writeByte(row.sen().ordinal());
            out.writeBoolean(row.eal());
            out.writeUTF(row.ethnicity());
            out.writeUTF(row.sex());
            for (Integer value : new Integer[] {row.ks2Reading(), row.ks2Maths(), row.ks4Maths(), row.ks4English(), row.mark()}) {
                out.writeInt(value == null ? -1 : value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes writing and returns a reader over everything written. */
    Reader read() {
        try {
            out.close();
            return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 65536)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Reader implements AutoCloseable {

        private final DataInputStream in;

        private Reader(DataInputStream in) {
            this.in = in;
        }

        @Nullable ValidRow next() {
            try {
                int row;
                try {
                    row = in.readInt();
                } catch (EOFException end) {
                    return null;
                }
                return new ValidRow(row, new PupilId(in.readUTF()), in.readUTF(), in.readUTF(), in.readByte(),
                        in.readBoolean(), SenProvision.values()[in.readByte()], in.readBoolean(), in.readUTF(),
                        in.readUTF(), nullable(in.readInt()), nullable(in.readInt()), nullable(in.readInt()),
                        nullable(in.readInt()), nullable(in.readInt()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static @Nullable Integer nullable(int value) {
            return value < 0 ? null : value;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
