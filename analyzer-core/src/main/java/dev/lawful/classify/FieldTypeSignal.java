package dev.lawful.classify;

import java.util.ArrayList;
import java.util.List;

@SignalInfo(id = "field-type", summary = "The field's type holds a category (InetAddress, PhoneNumber, a taxonomy's types)")
final class FieldTypeSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        List<Fact> facts = new ArrayList<>();
        for (String typeName : TypeNames.of(field.element().type())) {
            for (String category : field.taxonomy().categoriesOfType(typeName)) {
                facts.add(Fact.category(id(), category, 10, "type " + typeName + " holds " + category));
            }
        }
        return facts;
    }
}
