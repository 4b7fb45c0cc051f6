package dev.lawful.report.fides;

import dev.lawful.Result;
import dev.lawful.check.dpia.DpiaScreener;
import dev.lawful.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A fideslang {@code system} manifest ({@code lawful-fides.yaml}) for {@code fides push}: one
 * privacy declaration per purpose, with the data categories the code holds for it, its data
 * use, data subjects, legal basis and retention, from the policy and the code's inventory.
 */
public final class FidesManifestWriter implements ReportWriter {

    @Override
    public String format() {
        return "fides";
    }

    @Override
    public String fileName() {
        return "lawful-fides.yaml";
    }

    @Override
    public void write(Result result, Writer out) throws IOException {
        boolean dpiaLikely = new DpiaScreener(result.policy(), result.inventory(), result.recipientUses())
                .screen().likelyRequired();
        Map<String, Object> system = new FidesSystem(result, FideslangVocabulary.bundled(), dpiaLikely).toMap();
        out.write("# A fideslang system manifest written by Lawful from the rule files and the code.\n");
        yaml().dump(Map.of("system", List.of(system)), out);
    }

    /** Block style, and every list written out in full: no anchors and aliases for lists that are equal. */
    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setDereferenceAliases(true);
        return new Yaml(new Representer(options), options);
    }
}
