package dev.lawful.report.ropa;

import java.util.List;

/**
 * The record of processing activities (Art. 30) that the rule files and the code give,
 * as tables in a fixed order; every writer of the {@code ropa} format renders these.
 *
 * @param title the policy's name, or its id
 */
public record ProcessingRecord(String title, List<RecordTable> tables) {

    public ProcessingRecord {
        tables = List.copyOf(tables);
    }

    public RecordTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }
}
