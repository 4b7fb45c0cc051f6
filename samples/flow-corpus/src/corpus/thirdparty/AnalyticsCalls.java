package corpus.thirdparty;

import com.mixpanel.mixpanelapi.MessageBuilder;
import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.TrackMessage;
import corpus.model.Customer;
import java.util.Map;
import org.json.JSONObject;

/** Segment is declared (ids and e-mail, with a safeguard); Mixpanel is not declared. */
public class AnalyticsCalls {

    private final Analytics segment;
    private final MessageBuilder mixpanel;

    public AnalyticsCalls(Analytics segment, MessageBuilder mixpanel) {
        this.segment = segment;
        this.mixpanel = mixpanel;
    }

    public void trackById(Customer customer) {
        segment.enqueue(TrackMessage.builder("Order Completed").userId(String.valueOf(customer.getId())));
    }

    public void identifyWithAPhone(Customer customer) {
        segment.enqueue(IdentifyMessage.builder().traits(Map.of("phone", customer.getPhoneNumber()))); // expect: flow-category-undeclared
    }

    public void mixpanelEvent(Customer customer) {
        JSONObject properties = new JSONObject();
        properties.put("email", customer.getEmail());
        mixpanel.event("distinct", "Signup", properties); // expect: flow-recipient-undeclared
    }

    public void mixpanelHashed(Customer customer) {
        JSONObject properties = new JSONObject();
        properties.put("email", hashEmail(customer.getEmail()));
        mixpanel.event("distinct", "Signup", properties);
    }

    private static String hashEmail(String email) {
        return Integer.toHexString(email.hashCode());
    }
}
