package signals.componenttype;

public interface UserRepository {
}
