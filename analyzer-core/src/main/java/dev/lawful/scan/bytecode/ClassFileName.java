package dev.lawful.scan.bytecode;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The name a class file declares for itself ({@code this_class}), read from its constant
 * pool without loading it: tells a valid class stored under the wrong path (which ClassGraph
 * skips) from a corrupt file.
 */
final class ClassFileName {

    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileName() {
    }

    /** The declared binary name with '.', or empty when the bytes are not a readable class file. */
    static Optional<String> of(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[index] = in.readUTF();
                    case 7 -> classNames[index] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        index++;
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            in.readUnsignedShort();
            int thisClass = in.readUnsignedShort();
            if (thisClass <= 0 || thisClass >= count || classNames[thisClass] <= 0 || classNames[thisClass] >= count) {
                return Optional.empty();
            }
            return Optional.ofNullable(utf8[classNames[thisClass]]).map(name -> name.replace('/', '.'));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
