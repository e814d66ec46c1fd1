package org.isms4j.annexa;

import java.time.ZoneId;

/**
 * The program {@link CataloguesTest} runs in a fresh JVM to time a first access: it prints the time,
 * in nanoseconds, of the first {@code AnnexA.all()} and {@code AnnexA.get}
 * (argument {@code annexa}), or of the JDK's first {@code ZoneId.of} (argument {@code zone}), the
 * baseline of the machine.
 */
final class FirstAccessProbe {

    private FirstAccessProbe() {}

    public static void main(String[] args) {
        // What any application has done before it first touches the catalogue.
        boolean warm = "isms4j".matches("[a-z0-9]+") && String.format("%d", 1).equals("1");
        long start = System.nanoTime();
        Object result;
        if (args[0].equals("annexa")) {
            result = AnnexA.all().size() + AnnexA.get("5.12").japaneseTitle().length();
        } else {
            result = ZoneId.of("Asia/Tokyo");
        }
        long end = System.nanoTime();
        System.out.println(end - start);
        System.err.println(warm + " " + result);
    }
}
