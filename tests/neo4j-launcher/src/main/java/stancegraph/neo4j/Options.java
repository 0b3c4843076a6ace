package stancegraph.neo4j;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The launcher's few "--name value" arguments, refused by name when unknown or missing their value. */
final class Options {
    private static final Set<String> KNOWN = Set.of("home", "port", "pagecache", "password", "txmemory");

    private Options() {}

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!KNOWN.contains(name)) throw new IllegalArgumentException("unknown argument " + args[i] + "; expected one of --" + String.join(", --", KNOWN));
            if (i + 1 >= args.length) throw new IllegalArgumentException(args[i] + " needs a value");
            options.put(name, args[i + 1]);
        }
        return options;
    }

    /** "128m", "1g", "512k" or a plain byte count. */
    static long bytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1L;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }
}
