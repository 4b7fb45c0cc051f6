package signals.personnamedreference;

import java.util.List;

public class Meeting {
    private List<Identifier> participants; // fires: person-named-reference
    private List<Identifier> codes; // silent: person-named-reference
}
