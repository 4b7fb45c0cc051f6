package dev.lawful.report.ropa;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lawful.Result;
import dev.lawful.check.dpia.DpiaScreener;
import dev.lawful.check.dpia.DpiaScreening;
import dev.lawful.check.dpia.Judgement;
import dev.lawful.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The DPIA screening as JSON ({@code lawful-dpia.json}): each criterion met or not, with its evidence. */
public final class DpiaJsonWriter implements ReportWriter {

    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String format() {
        return RopaReports.FORMAT;
    }

    @Override
    public String fileName() {
        return "lawful-dpia.json";
    }

    @Override
    public void write(Result result, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setPrettyPrinter(printer);
            MAPPER.writeTree(generator, toTree(result));
        }
        out.write('\n');
    }

    static ObjectNode toTree(Result result) {
        DpiaScreening screening = new DpiaScreener(result.policy(), result.inventory(), result.recipientUses()).screen();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("policy", result.policy().id());
        root.put("criteriaMet", screening.criteriaMet().size());
        root.put("likelyRequired", screening.likelyRequired());
        if (result.policy().dpia() == null) {
            root.putNull("dpia");
        } else {
            root.putObject("dpia").put("reference", result.policy().dpia().reference())
                    .put("date", result.policy().dpia().date());
        }
        judgements(root.putArray("criteria"), screening.criteria());
        judgements(root.putArray("cases"), screening.cases());
        return root;
    }

    private static void judgements(ArrayNode array, List<Judgement> judgements) {
        for (Judgement judgement : judgements) {
            ObjectNode node = array.addObject();
            node.put("id", judgement.id());
            node.put("title", judgement.title());
            node.put("reference", judgement.reference());
            node.put("met", judgement.met());
            ArrayNode evidence = node.putArray("evidence");
            judgement.evidence().forEach(evidence::add);
        }
    }
}
