package dev.lawful.classify;

import java.util.List;

/** Every signal of the weighing classifier, in the order their evidence is listed. */
public final class Signals {

    private static final List<FieldSignal> ALL = List.of(
            new NameStrongSignal(), new NameWeakSignal(), new PersonQualifiedSignal(),
            new AboutDataSignal(), new ThingQualifiedSignal(), new KeyToDataSignal(),
            new OrganisationDataSignal(), new YesNoSignal(),
            new OwnerPersonSignal(), new WeakInThingSignal(), new OwnerTechnicalSignal(),
            new WeakInPersonSignal(), new StrongInThingSignal(),
            new FieldTypeSignal(), new CategoryAnnotationSignal(), new ComponentTypeSignal(),
            new DocumentationSignal(), new DocumentedPersonSignal(),
            new AuditActorSignal(), new LinkPersonTypeSignal(), new LinkPersonalRecordSignal(),
            new PersonNamedReferenceSignal(), new PersonNamedTextSignal(),
            new PersonKeySignal(), new PersonOwnKeySignal(), new OwnKeySignal(), new PersonRecordKeySignal(),
            new RecordAboutPersonSignal(), new RecordTiedToPersonSignal(), new PersonRecordValueSignal(),
            new PartOfOwnerSignal());

    private Signals() {
    }

    static List<FieldSignal> all() {
        return ALL;
    }

    /** Every signal's metadata, for docs and for checking that the weights name them all. */
    public static List<SignalInfo> infos() {
        return ALL.stream().map(signal -> signal.getClass().getAnnotation(SignalInfo.class)).toList();
    }
}
