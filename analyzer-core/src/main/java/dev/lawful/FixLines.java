package dev.lawful;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.lawful.check.Fix;
import java.io.IOException;
import java.util.List;

/**
 * Fixes in the result cache with their rule-file snippets written as line numbers into a table
 * of the chunk's distinct lines. A snippet repeats the policy's ids and placeholders for every
 * finding (the legal bases alone are a line of some 300 characters); written whole, those lines
 * were most of the cache's bytes, which an unchanged run reads back.
 */
final class FixLines {

    /** The attribute of a write or a read that holds the chunk's {@link Numbering} of lines or the lines. */
    static final String TABLE = "lawful.fixLines";

    private FixLines() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule();
        module.addSerializer(Fix.class, new Writer());
        module.addDeserializer(Fix.class, new Reader());
        return module;
    }

    private static final class Writer extends StdSerializer<Fix> {
        Writer() {
            super(Fix.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void serialize(Fix fix, JsonGenerator out, SerializerProvider provider) throws IOException {
            Numbering<String> table = (Numbering<String>) provider.getAttribute(TABLE);
            out.writeStartObject();
            out.writeStringField("summary", fix.summary());
            if (fix.yaml() != null) {
                if (table == null) {
                    throw new IllegalStateException("a fix is written to the result cache without its chunk's line table");
                }
                out.writeArrayFieldStart("yaml");
                for (String line : fix.yaml().split("\n", -1)) {
                    out.writeNumber(table.numberOf(line));
                }
                out.writeEndArray();
            }
            out.writeStringField("annotation", fix.annotation());
            out.writeEndObject();
        }
    }

    private static final class Reader extends StdDeserializer<Fix> {
        Reader() {
            super(Fix.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Fix deserialize(JsonParser in, DeserializationContext context) throws IOException {
            List<String> lines = (List<String>) context.getAttribute(TABLE);
            String summary = null;
            String yaml = null;
            String annotation = null;
            for (String name = in.nextFieldName(); name != null; name = in.nextFieldName()) {
                JsonToken value = in.nextToken();
                switch (name) {
                    case "summary" -> summary = in.getValueAsString();
                    case "annotation" -> annotation = in.getValueAsString();
                    case "yaml" -> yaml = value == JsonToken.START_ARRAY ? joined(in, lines, context) : null;
                    default -> in.skipChildren();
                }
            }
            return new Fix(summary, yaml, annotation);
        }

        private static String joined(JsonParser in, List<String> lines, DeserializationContext context) throws IOException {
            if (lines == null) {
                throw context.instantiationException(Fix.class, "a fix is read from the result cache without its chunk's lines");
            }
            StringBuilder yaml = new StringBuilder();
            boolean first = true;
            while (in.nextToken() != JsonToken.END_ARRAY) {
                if (!first) {
                    yaml.append('\n');
                }
                yaml.append(lines.get(in.getIntValue()));
                first = false;
            }
            return yaml.toString();
        }
    }
}
