package dev.lawful.scan.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a source file in the encoding the build declares. Without one, or when it is UTF-8,
 * the file is read as UTF-8, the encoding of nearly all Java code today, and a file that is
 * not valid UTF-8 as ISO-8859-1, which never fails and keeps identifiers of older Latin-1
 * code readable. Any other declared encoding is used as it is, bytes it cannot map replaced.
 */
public final class SourceText {

    private SourceText() {
    }

    /** @param encoding the declared encoding, or null */
    public static String read(Path file, Charset encoding) throws IOException {
        return decode(Files.readAllBytes(file), encoding);
    }

    /** A file's bytes as text, decoded as {@link #read} does. */
    static String decode(byte[] bytes, Charset encoding) throws IOException {
        if (encoding != null && !encoding.equals(StandardCharsets.UTF_8)) {
            return encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
