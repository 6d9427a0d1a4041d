package org.danvan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.danvan.identity.internal.org.CsvReader;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndIgnoresTheByteOrderMark() {
        CsvReader.Result result = CsvReader.parse("\uFEFFa,b\r\n\"Xã An, Bắc Ninh\",\"say \"\"hi\"\"\"\n"
                + "\"two\nlines\",x\nlast,\n");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(new CsvReader.Row(1, List.of("a", "b")),
                new CsvReader.Row(2, List.of("Xã An, Bắc Ninh", "say \"hi\"")),
                new CsvReader.Row(3, List.of("two\nlines", "x")),
                new CsvReader.Row(5, List.of("last", ""))), result.rows());
    }

    @Test
    void reportsAnUnclosedQuoteAndAStrayQuoteAtTheLineTheyStartOn() {
        CsvReader.Result stray = CsvReader.parse("a,b\nx\"y,z\nok,1\n");
        assertEquals(List.of(new CsvReader.Problem(2, "identity.import.quote.invalid")), stray.problems());
        assertEquals(2, stray.rows().size());
        CsvReader.Result unclosed = CsvReader.parse("a,b\n\"open,1\nnext,2\n");
        assertEquals(List.of(new CsvReader.Problem(2, "identity.import.quote.unclosed")), unclosed.problems());
        assertEquals(1, unclosed.rows().size());
    }
}
