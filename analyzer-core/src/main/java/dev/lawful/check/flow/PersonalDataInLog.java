package dev.lawful.check.flow;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.policy.Policy;
import java.util.function.Consumer;

/** Personal data written to a log, a standard stream, a stack trace or an exception message. */
@CheckInfo(
        id = "personal-data-in-log",
        severity = Severity.WARNING,
        summary = "Personal data is written to a log or an exception message",
        docs = """
                A value that holds personal data (a personal field, its getter or record accessor, a \
                variable whose name or type says it is personal, or a whole person object whose \
                `toString` prints personal fields) reaches a logger (SLF4J, Log4j, Logback, JUL, \
                Commons Logging, JBoss Logging), `System.out`/`System.err`, `printStackTrace`, or \
                the message of an exception, through locals, concatenation, `String.format`, \
                builders, collections or the class's own methods.

                Logs are kept longer and read more widely than the data's own store, are copied to \
                log platforms and backups, and are rarely covered by erasure (Art. 17) or by the \
                retention rule (Art. 5(1)(e)); writing personal data to them is processing without \
                a purpose (Art. 5(1)(b)) and against data minimisation (Art. 5(1)(c)). Exception \
                messages end in logs, error trackers and HTTP responses.

                **Severity.** An error for credentials, national identity numbers, bank and card \
                data (the `severe` list of the `flow:` vocabulary) and special categories (Art. 9); \
                a note for a person's key or pseudonymous id (still personal data, Art. 4(1)); a \
                warning otherwise. The finding shows the path from the source to the call.

                **How to fix.** Log an id or a masked value (the `sanitizers` of the `flow:` \
                vocabulary end a flow: hashing, masking), or nothing of the person. Add your own \
                masking helpers to `flow: {sanitizers: [...]}` in the rule file.""")
public final class PersonalDataInLog implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        Policy policy = context.policy();
        for (Flow flow : context.flows()) {
            if (!flow.sink().kind().isRecord()) {
                continue;
            }
            String where = flow.sink().kind() == dev.lawful.policy.Sink.Kind.EXCEPTION
                    ? "an exception message" : "a log (" + FlowFindings.sinkName(flow) + ")";
            String message = FlowFindings.data(flow, policy) + " is written to " + where + ".";
            Fix fix = new Fix("Log an id or a masked value instead, or nothing of the person; a masking helper "
                    + "can be named in the rule file's flow: sanitizers.", "flow:\n  sanitizers: [maskEmail]\n", null);
            findings.accept(FlowFindings.at(info(), severity(flow, policy), flow, message, fix));
        }
    }

    private static Severity severity(Flow flow, Policy policy) {
        if (flow.key()) {
            return Severity.NOTE;
        }
        if (policy.flow().isSevere(flow.category()) || FlowFindings.isSpecial(flow.category(), policy)) {
            return Severity.ERROR;
        }
        return Severity.WARNING;
    }
}
