package dev.lawful.scan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a source file in its encoding. A byte order mark decides first: UTF-32 (big or little
 * endian), UTF-16 (either), or UTF-8; the mark itself is dropped. Without one, a declared
 * encoding other than UTF-8 (the build's {@code project.build.sourceEncoding}, the CLI's
 * {@code --encoding}) is used as it is, bytes it cannot map replaced. Otherwise the file is
 * read as UTF-8, the encoding of nearly all Java code today, and a file that is not valid
 * UTF-8 is read as ISO-8859-1, which never fails and keeps identifiers of older Latin-1 code
 * readable. The scanner and the report snippets read files the same way.
 */
public final class SourceText {

    /** Byte order marks, longest first: the UTF-32LE mark begins with the UTF-16LE one. */
    private static final List<Bom> BOMS = List.of(
            new Bom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE")),
            new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE")),
            new Bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
            new Bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
            new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));

    private SourceText() {
    }

    /** The file's text, decoded as described above, with no declared encoding. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), null);
    }

    /** @param encoding the declared encoding, or null */
    public static String read(Path file, Charset encoding) throws IOException {
        return decode(Files.readAllBytes(file), encoding);
    }

    /** @param encoding the declared encoding, or null */
    public static String decode(byte[] bytes, Charset encoding) {
        for (Bom bom : BOMS) {
            if (bom.starts(bytes)) {
                ByteBuffer content = ByteBuffer.wrap(bytes, bom.mark().length, bytes.length - bom.mark().length);
                return strict(bom.charset(), content, bytes);
            }
        }
        if (encoding != null && !encoding.equals(StandardCharsets.UTF_8)) {
            return lenient(encoding, bytes);
        }
        return strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes), bytes);
    }

    private static String lenient(Charset charset, byte[] bytes) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    /** Decodes strictly; bytes that are not valid in the charset are read as ISO-8859-1. */
    private static String strict(Charset charset, ByteBuffer content, byte[] bytes) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private record Bom(byte[] mark, Charset charset) {

        boolean starts(byte[] bytes) {
            if (bytes.length < mark.length) {
                return false;
            }
            for (int i = 0; i < mark.length; i++) {
                if (bytes[i] != mark[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
