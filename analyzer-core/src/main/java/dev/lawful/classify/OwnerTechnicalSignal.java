package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "owner-technical", summary = "The declaring type's name reads as technical (MailServerConfig, HttpClient) and its other fields do not look like a person's")
final class OwnerTechnicalSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        OwnerContext context = field.context();
        if (!context.technical() || field.ownerPersonShaped()) {
            return List.of();
        }
        return List.of(new Fact(id(), Math.max(context.strength(), 0.5), null, false, 0, "technical context: "
                + context.reason() + ", and no field holds a person's name or data only a person has"));
    }
}
