package signals.partofowner;

public class DisclosureSettings {
    private boolean publicInd; // fires: part-of-owner
    private boolean isDirty; // silent: part-of-owner
}
