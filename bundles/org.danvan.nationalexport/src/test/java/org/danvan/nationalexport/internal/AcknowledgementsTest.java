package org.danvan.nationalexport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.danvan.nationalexport.internal.Acknowledgements.Ack;
import org.danvan.nationalexport.internal.Acknowledgements.Result;
import org.junit.jupiter.api.Test;

class AcknowledgementsTest {

    @Test
    void acceptedDuplicateAndRejectedAreReadPerKey() {
        Map<String, Ack> acks = Acknowledgements.parse("{\"results\":["
                + "{\"key\":\"case:1:a\",\"status\":\"accepted\"},"
                + "{\"key\":\"case:2:b\",\"status\":\"DUPLICATE\"},"
                + "{\"key\":\"case:3:c\",\"status\":\"rejected\",\"reason\":\"Thiếu mã\\nlĩnh vực\"},"
                + "{\"key\":\"case:4:d\",\"status\":\"later\"},"
                + "{\"status\":\"accepted\"}]}");
        assertEquals(new Ack(Result.ACCEPTED, null), acks.get("case:1:a"));
        assertEquals(new Ack(Result.ACCEPTED, null), acks.get("case:2:b"));
        assertEquals(new Ack(Result.REJECTED, "Thiếu mã lĩnh vực"), acks.get("case:3:c"));
        assertFalse(acks.containsKey("case:4:d"), "an unknown status acknowledges nothing");
        assertEquals(3, acks.size());
    }

    @Test
    void aLongReasonIsCut() {
        String reason = "x".repeat(2000);
        Ack ack = Acknowledgements.parse("{\"results\":[{\"key\":\"k\",\"status\":\"rejected\",\"reason\":\""
                + reason + "\"}]}").get("k");
        assertEquals(Acknowledgements.MAX_REASON, ack.reason().length());
    }

    @Test
    void anAnswerThatIsNotAnAcknowledgementIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Acknowledgements.parse("<html>OK</html>"));
        assertThrows(IllegalArgumentException.class, () -> Acknowledgements.parse("{\"ok\":true}"));
        assertThrows(IllegalArgumentException.class, () -> Acknowledgements.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Acknowledgements.parse("{\"results\":[}"));
    }
}
