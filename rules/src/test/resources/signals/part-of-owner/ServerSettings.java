package signals.partofowner;

public class ServerSettings {
    private boolean publicInd; // silent: part-of-owner
}
