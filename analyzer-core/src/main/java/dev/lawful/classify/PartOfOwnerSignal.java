package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "part-of-owner", summary = "A part word in a type named for a category (PostalAddress#line1, CreditCard#expiryDate),"
        + " a yes/no field in a type named for a category whose values are yes/no (DisclosureSettings#publicInd),"
        + " or any descriptive field of a type named for a composite one (Matrikkeladresse#gardsnr, HumanName#given),"
        + " or an amount in a type named for a category of amounts (Inntekt#belop)")
final class PartOfOwnerSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        String category = field.context().category();
        String part = field.name().part();
        if (category == null) {
            return List.of();
        }
        if (field.yesNo()) {
            return field.taxonomy().isYesNoValueOf(category, field.name().tokens())
                    ? List.of(Fact.category(id(), category, 1, "a yes/no field of a type named for " + category
                            + ", whose values are yes/no: " + field.context().reason()))
                    : List.of();
        }
        if (part != null) {
            return List.of(Fact.category(id(), category, 1, "\"" + part + "\" names a part of " + category + ": "
                    + field.context().reason()));
        }
        String composite = CompositePart.categoryOf(field.taxonomy(), field.contexts(), field.element(), field.name(),
                field.owner(), field.context(), field.graph().codebase());
        return composite == null ? List.of() : List.of(Fact.category(id(), composite, 1, "\"" + field.element().member()
                + "\" describes the " + composite + " its type is named for: " + field.context().reason()));
    }
}
