package corpus.model;

import lombok.Data;
import lombok.ToString;

/** Lombok's toString prints every field but the excluded one. */
@Data
public class Member {

    private String nickname;
    private String email;
    @ToString.Exclude
    private String password;
}
