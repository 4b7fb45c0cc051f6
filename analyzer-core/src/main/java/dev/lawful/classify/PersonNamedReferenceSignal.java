package dev.lawful.classify;

import dev.lawful.scan.TypeInfo;
import java.util.List;

@SignalInfo(id = "person-named-reference", summary = "A reference named for a person (List<Identifier> participants): whatever its type is called, it stands for people")
final class PersonNamedReferenceSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        NameReading name = field.name();
        if (name.person() == null || name.personReference() != null || name.personAmbiguous()) {
            return List.of();
        }
        for (TypeInfo target : field.graph().targets(field.element().type())) {
            if (!field.graph().node(target).context().isNotPerson()) {
                return List.of(Fact.link(id(), "\"" + field.where() + "\" is named for a person (\"" + name.person()
                        + "\") and holds a " + target.simpleName()));
            }
        }
        return List.of();
    }
}
