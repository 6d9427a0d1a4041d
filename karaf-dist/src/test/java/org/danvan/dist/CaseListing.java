package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.dist.test.KarafDistribution;

/** The case numbers {@code danvan:case-list} gives for a unit and a text, read 500 rows a page. */
record CaseListing(Set<String> numbers, String text) {

    private static final Pattern LISTED = Pattern.compile("^(\\d{4}/\\d+)\\s", Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("(\\d+) of (\\d+) cases shown");

    static CaseListing of(KarafDistribution karaf, String unit, String text) {
        Set<String> numbers = new TreeSet<>();
        StringBuilder listed = new StringBuilder();
        for (int offset = 0; ; offset += 500) {
            String page = karaf.shell("danvan:case-list --unit " + unit + " --limit 500 --offset " + offset
                    + " --text " + text);
            listed.append(page);
            Matcher l = LISTED.matcher(page);
            int rows = 0;
            while (l.find()) {
                numbers.add(l.group(1));
                rows++;
            }
            Matcher total = TOTAL.matcher(page);
            assertTrue(total.find(), page);
            if (rows == 0 || offset + rows >= Integer.parseInt(total.group(2))) {
                return new CaseListing(numbers, listed.toString());
            }
        }
    }
}
