package dev.lawful.recipient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the host names in a string constant: the authority of every URL in it
 * ({@code "https://api.stripe.com/v1"}, {@code "//cdn.segment.com/a.js"}), or the whole
 * constant when it is a bare host name, perhaps with a port or path ({@code "api.hubapi.com"}).
 */
final class HostNames {

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final String HOST = LABEL + "(?:\\." + LABEL + ")+";
    private static final Pattern URL_AUTHORITY = Pattern.compile(
            "(?:[a-z][a-z0-9+.-]*:)?//(?:[^@/\\s?#]*@)?(" + HOST + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_HOST = Pattern.compile(
            "(" + HOST + ")(?::\\d{1,5})?(?:/\\S*)?", Pattern.CASE_INSENSITIVE);

    private HostNames() {
    }

    static List<String> in(String constant) {
        List<String> hosts = new ArrayList<>();
        Matcher url = URL_AUTHORITY.matcher(constant);
        while (url.find()) {
            hosts.add(url.group(1).toLowerCase(Locale.ROOT));
        }
        if (hosts.isEmpty()) {
            Matcher bare = BARE_HOST.matcher(constant.strip());
            if (bare.matches()) {
                hosts.add(bare.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return hosts;
    }
}
