package dev.lawful.report.ropa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip archive (an Office document) entry by entry, in the same order and with the
 * same content, giving every entry one fixed time: zip libraries stamp entries with the
 * clock, which would make every run's workbook differ.
 */
final class ReproducibleZip {

    /** 1980-01-01T00:00:00Z, the earliest time a zip entry can hold, as Excel itself writes. */
    static final long FIXED_TIME = 315_532_800_000L;
    /** The same time as the zip stores it, without a time zone, so that every machine writes the same bytes. */
    private static final LocalDateTime FIXED_LOCAL_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    static void copy(byte[] archive, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_LOCAL_TIME);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }
}
