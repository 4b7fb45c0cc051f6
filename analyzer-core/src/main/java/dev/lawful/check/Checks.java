package dev.lawful.check;

import dev.lawful.check.code.CategoryUndisclosed;
import dev.lawful.check.code.DeclarationStale;
import dev.lawful.check.code.DeclarationUnknownId;
import dev.lawful.check.code.LegalBasisMissing;
import dev.lawful.check.code.LegalBasisNotAllowed;
import dev.lawful.check.code.PersonalDataUndeclared;
import dev.lawful.check.code.PurposeMissing;
import dev.lawful.check.code.RetentionMissing;
import dev.lawful.check.flow.FlowCategoryUndeclared;
import dev.lawful.check.flow.FlowRecipientUndeclared;
import dev.lawful.check.flow.FlowTransferWithoutSafeguard;
import dev.lawful.check.flow.PersonalDataInLog;
import dev.lawful.check.flow.SpecialCategoryToThirdParty;
import dev.lawful.check.recipient.RecipientUndeclaredCheck;
import dev.lawful.check.recipient.RecipientUnusedCheck;
import dev.lawful.check.recipient.TransferWithoutSafeguardCheck;
import java.util.List;

/** Every check over code and recipients, in the order their docs are listed. */
public final class Checks {

    private Checks() {
    }

    public static List<Check> all() {
        return List.of(
                new PersonalDataUndeclared(),
                new PurposeMissing(),
                new LegalBasisMissing(),
                new LegalBasisNotAllowed(),
                new RetentionMissing(),
                new CategoryUndisclosed(),
                new DeclarationUnknownId(),
                new DeclarationStale(),
                new RecipientUndeclaredCheck(),
                new TransferWithoutSafeguardCheck(),
                new RecipientUnusedCheck(),
                new PersonalDataInLog(),
                new FlowRecipientUndeclared(),
                new FlowCategoryUndeclared(),
                new SpecialCategoryToThirdParty(),
                new FlowTransferWithoutSafeguard());
    }
}
