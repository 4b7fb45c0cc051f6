package dev.lawful.report;

import dev.lawful.Result;
import java.io.IOException;
import java.io.Writer;

/** Renders a {@link Result} in one format. Writers know the result, never the scanner. */
public interface ReportWriter {

    /** The format id users name ({@code json}, {@code sarif}, {@code html}). */
    String format();

    /** The file name written into the output folder ({@code lawful.json}). */
    String fileName();

    void write(Result result, Writer out) throws IOException;
}
