package corpus.thirdparty;

import com.theokanning.openai.service.OpenAiService;
import corpus.model.Customer;
import io.opentelemetry.api.trace.Span;
import java.util.Map;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestTemplate;

/** HTTP calls matched by their host, an LLM prompt, internal sinks that are not a third party. */
public class Outbound {

    private static final String HUBSPOT = "https://api.hubapi.com/contacts/v1/contact";

    private final RestTemplate rest;
    private final OpenAiService openAi;
    private final KafkaTemplate<String, String> kafka;

    public Outbound(RestTemplate rest, OpenAiService openAi, KafkaTemplate<String, String> kafka) {
        this.rest = rest;
        this.openAi = openAi;
        this.kafka = kafka;
    }

    public void toHubspot(Customer customer) {
        Map<String, String> body = Map.of("email", customer.getEmail());
        rest.postForObject(HUBSPOT, body, String.class); // expect: flow-recipient-undeclared
    }

    public void toOwnBackend(Customer customer) {
        rest.postForObject("https://billing.internal.example/customers", customer.getEmail(), String.class);
    }

    public void prompt(Customer customer) {
        String prompt = "Write a greeting for " + customer.getFirstName();
        openAi.createChatCompletion(prompt); // expect: flow-recipient-undeclared
    }

    public void toKafka(Customer customer) {
        kafka.send("customers", customer.getEmail());
    }

    public void spanAttribute(Customer customer, Span span) {
        span.setAttribute("user.email", customer.getEmail());
    }
}
