package org.innovationledger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line: {@code --sizes=10k,100k,1m} (default 10k), {@code --out=bench/reports}, {@code --commands=1000}
 * per client count, {@code --raw-inserts=10000}, {@code --upserts=2000}, {@code --batch=1000} events per append,
 * {@code --keep-data} to leave the temporary data folders behind.
 */
record BenchOptions(List<String> sizes, Path out, int commands, int rawInserts, int upserts, int batch,
                    boolean keepData) {

    static BenchOptions parse(String[] args) {
        List<String> sizes = List.of("10k");
        Path out = Path.of("bench/reports");
        int commands = 1000;
        int rawInserts = 10_000;
        int upserts = 2000;
        int batch = 1000;
        boolean keepData = false;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.startsWith("--sizes=")) {
                sizes = List.of(value.toLowerCase(Locale.ROOT).split(","));
                sizes.forEach(BenchOptions::events);
            } else if (arg.startsWith("--out=")) {
                out = Path.of(value);
            } else if (arg.startsWith("--commands=")) {
                commands = Integer.parseInt(value);
            } else if (arg.startsWith("--raw-inserts=")) {
                rawInserts = Integer.parseInt(value);
            } else if (arg.startsWith("--upserts=")) {
                upserts = Integer.parseInt(value);
            } else if (arg.startsWith("--batch=")) {
                batch = Integer.parseInt(value);
            } else if (arg.equals("--keep-data")) {
                keepData = true;
            } else {
                throw new IllegalArgumentException("unknown option " + arg + "; known: --sizes=10k,100k,1m --out=DIR"
                        + " --commands=N --raw-inserts=N --upserts=N --batch=N --keep-data");
            }
        }
        List<String> ascending = new ArrayList<>(sizes);
        ascending.sort((a, b) -> Long.compare(events(a), events(b)));
        return new BenchOptions(List.copyOf(ascending), out, commands, rawInserts, upserts, batch, keepData);
    }

    /** "10k" → 10,000; "1m" → 1,000,000; a plain number as it is. */
    static long events(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("k")) {
            return Long.parseLong(s.substring(0, s.length() - 1)) * 1_000;
        }
        if (s.endsWith("m")) {
            return Long.parseLong(s.substring(0, s.length() - 1)) * 1_000_000;
        }
        return Long.parseLong(s);
    }
}
