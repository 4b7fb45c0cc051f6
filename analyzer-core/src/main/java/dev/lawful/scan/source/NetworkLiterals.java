package dev.lawful.scan.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which string literals look like a URL or a host name, the only literals recipient
 * detection needs. A host needs a known top-level domain, so that "java.lang.String",
 * "application.yml" and "user.name" are not taken for hosts.
 */
final class NetworkLiterals {

    private static final Pattern URL = Pattern.compile("^(?i)(https?|wss?|ftps?|mailto|amqps?|mqtts?|grpcs?):[^\\s]*$");
    private static final Pattern HOST = Pattern.compile(
            "^(?:\\*\\.)?(?:[a-z0-9](?:[a-z0-9-]{0,62})\\.)+([a-z]{2,24})(?::\\d{1,5})?(?:/[^\\s]*)?$");
    private static final Set<String> GENERIC_DOMAINS = Set.of(
            "com", "net", "org", "io", "dev", "app", "ai", "cloud", "info", "biz", "edu", "gov", "tech",
            "online", "site", "shop", "store", "services", "digital", "global", "pay", "email", "link");
    /** Two-letter endings that are far more often file extensions than country domains in code. */
    private static final Set<String> FILE_EXTENSIONS = Set.of(
            "md", "py", "js", "ts", "sh", "rs", "cs", "db", "gz", "so", "mf", "ps", "rb", "kt", "cc", "hh",
            "el", "ml", "mk", "fs", "vb", "pm", "jj", "xz", "7z", "gs", "bz", "pb", "am", "in");

    private NetworkLiterals() {
    }

    static boolean looksLikeUrlOrHost(String value) {
        if (value.length() < 4 || value.length() > 2048) {
            return false;
        }
        if (URL.matcher(value).matches()) {
            return true;
        }
        if (value.length() > 300 || !value.equals(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        var matcher = HOST.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        String topLevel = matcher.group(1);
        return GENERIC_DOMAINS.contains(topLevel) || topLevel.length() == 2 && !FILE_EXTENSIONS.contains(topLevel);
    }
}
