package dev.lawful.classify;

import dev.lawful.scan.AnnotationUse;
import java.util.ArrayList;
import java.util.List;

@SignalInfo(id = "annotation", summary = "An annotation on the field marks a category (@Email, a taxonomy's annotations)")
final class CategoryAnnotationSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        List<Fact> facts = new ArrayList<>();
        for (AnnotationUse annotation : field.element().annotations()) {
            for (String category : field.taxonomy().categoriesOfAnnotation(annotation.name())) {
                facts.add(Fact.category(id(), category, 50, "annotation @" + annotation.name() + " marks " + category));
            }
        }
        return facts;
    }
}
