package dev.lawful.check.dpia;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The criteria and cases of the screening, read from the bundled {@code wp248.yaml}. */
final class Wp248Criteria {

    private static final String RESOURCE = "wp248.yaml";

    private final List<Criterion> criteria;
    private final List<Criterion> cases;

    private Wp248Criteria(List<Criterion> criteria, List<Criterion> cases) {
        this.criteria = List.copyOf(criteria);
        this.cases = List.copyOf(cases);
    }

    static Wp248Criteria bundled() {
        try (InputStream in = Wp248Criteria.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<?, ?> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new Wp248Criteria(read(root.get("criteria")), read(root.get("cases")));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("bundled DPIA criteria " + RESOURCE + " are broken: " + e.getMessage(), e);
        }
    }

    List<Criterion> criteria() {
        return criteria;
    }

    List<Criterion> cases() {
        return cases;
    }

    private static List<Criterion> read(Object list) {
        List<Criterion> read = new ArrayList<>();
        for (Object item : (List<?>) list) {
            Map<?, ?> map = (Map<?, ?>) item;
            Criterion.Signals signals = new Criterion.Signals(words(map, "purposeFlags"), words(map, "dataUses"),
                    words(map, "codeCategories"), Boolean.TRUE.equals(map.get("specialInCode")),
                    words(map, "servicesInBuild"), Boolean.TRUE.equals(map.get("vulnerableSubjects")),
                    Boolean.TRUE.equals(map.get("combinedPurposes")));
            read.add(new Criterion(text(map, "id"), text(map, "title"), text(map, "reference"), signals,
                    words(map, "allOf")));
        }
        return read;
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("an entry has no '" + key + "'");
        }
        return value.toString();
    }

    private static List<String> words(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : ((List<?>) value).stream().map(Object::toString).toList();
    }
}
