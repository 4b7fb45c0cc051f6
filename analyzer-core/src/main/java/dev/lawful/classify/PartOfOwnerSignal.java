package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "part-of-owner", summary = "A part word in a type named for a category (PostalAddress#line1, CreditCard#expiryDate)")
final class PartOfOwnerSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        String category = field.context().category();
        String part = field.name().part();
        if (category == null || part == null || field.yesNo()) {
            return List.of();
        }
        return List.of(Fact.category(id(), category, 1, "\"" + part + "\" names a part of " + category + ": "
                + field.context().reason()));
    }
}
