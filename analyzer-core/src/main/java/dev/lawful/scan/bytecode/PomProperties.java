package dev.lawful.scan.bytecode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;

/** Reads {@code groupId:artifactId} from the {@code pom.properties} Maven puts in a jar. */
final class PomProperties {

    private PomProperties() {
    }

    static Optional<String> read(byte[] content) throws IOException {
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(content));
        String groupId = properties.getProperty("groupId", "").strip();
        String artifactId = properties.getProperty("artifactId", "").strip();
        if (groupId.isEmpty() || artifactId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(groupId + ":" + artifactId);
    }
}
