package dev.lawful;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.lawful.classify.Evidence;
import java.io.IOException;
import java.util.List;

/**
 * The inventory's evidence in the result cache, each written as its number in a table of the
 * chunk's distinct evidence. The same reasons recur across a code base (every {@code email} field
 * has the same pattern evidence, every field of a type its type's context), and written whole
 * they were most of the bytes an unchanged run reads back.
 */
final class EvidenceRows {

    /** The attribute of a write or a read that holds the chunk's {@link Numbering} of evidence or the evidence read back. */
    static final String TABLE = "lawful.evidenceRows";

    private EvidenceRows() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule();
        module.addSerializer(Evidence.class, new Writer());
        module.addDeserializer(Evidence.class, new Reader());
        return module;
    }

    /** One distinct piece of evidence as the table keeps it (a plain record, written field by field). */
    record Row(Evidence.Signal signal, String id, String detail, String category, double weight) {

        static Row of(Evidence evidence) {
            return new Row(evidence.signal(), evidence.id(), evidence.detail(), evidence.category(), evidence.weight());
        }

        Evidence evidence() {
            return new Evidence(signal, id, detail, category, weight);
        }
    }

    /** The chunk's distinct evidence as the table is written. */
    static List<Row> rows(Numbering<Evidence> table) {
        return table.values().stream().map(Row::of).toList();
    }

    /** The rows read back, as the evidence the chunk's items share. */
    static List<Evidence> evidence(List<Row> rows) {
        return rows.stream().map(Row::evidence).toList();
    }

    private static final class Writer extends StdSerializer<Evidence> {
        Writer() {
            super(Evidence.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void serialize(Evidence evidence, JsonGenerator out, SerializerProvider provider) throws IOException {
            Numbering<Evidence> table = (Numbering<Evidence>) provider.getAttribute(TABLE);
            if (table == null) {
                throw new IllegalStateException("evidence is written to the result cache without its chunk's table");
            }
            out.writeNumber(table.numberOf(evidence));
        }
    }

    private static final class Reader extends StdDeserializer<Evidence> {
        Reader() {
            super(Evidence.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Evidence deserialize(JsonParser in, DeserializationContext context) throws IOException {
            List<Evidence> rows = (List<Evidence>) context.getAttribute(TABLE);
            if (rows == null) {
                throw context.instantiationException(Evidence.class, "evidence is read from the result cache without its chunk's table");
            }
            return rows.get(in.getIntValue());
        }
    }
}
