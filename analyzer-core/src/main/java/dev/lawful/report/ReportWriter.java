package dev.lawful.report;

import dev.lawful.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Renders a {@link Result} in one format. Writers know the result, never the scanner. */
public interface ReportWriter {

    /** The format id users name ({@code json}, {@code sarif}, {@code html}). */
    String format();

    /** The file name written into the output folder ({@code lawful.json}). */
    String fileName();

    void write(Result result, Writer out) throws IOException;

    /**
     * Writes the report as bytes: UTF-8 text unless the format is binary (a workbook), whose
     * writer overrides this. Leaves {@code out} open.
     */
    default void write(Result result, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(result, writer);
        writer.flush();
    }
}
