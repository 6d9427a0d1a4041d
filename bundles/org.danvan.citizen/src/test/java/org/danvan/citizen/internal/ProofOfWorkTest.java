package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    @Test
    void aSolvedChallengeIsAcceptedOnceAndAWrongNonceNever() {
        String nonce = ProofOfWork.solve("00112233445566778899aabbccddeeff", 12);
        ProofOfWork other = new ProofOfWork("00112233445566778899aabbccddeeff", 12);
        assertFalse(other.accept("x1"), "digits only");
        assertFalse(other.accept(""));
        assertTrue(other.accept(nonce));
        assertFalse(other.accept(nonce), "one challenge, one submission");
    }

    @Test
    void aNonceThatDoesNotSolveIsRefused() {
        String challenge = "abc";
        String nonce = ProofOfWork.solve(challenge, 8);
        // the first solving nonce: every smaller one fails
        for (long n = 0; n < Long.parseLong(nonce); n++) {
            assertFalse(new ProofOfWork(challenge, 8).accept(Long.toString(n)));
        }
        assertEquals("181", nonce, "SHA-256(\"abc:181\") is the first with 8 leading zero bits (checked with node)");
    }

    @Test
    void issuedChallengesDiffer() {
        assertFalse(ProofOfWork.issue(16).challenge().equals(ProofOfWork.issue(16).challenge()));
        assertEquals(32, ProofOfWork.issue(16).challenge().length());
    }

    /** The browser's solver gives the same nonce as the server's check expects (runs only where node is). */
    @Test
    void theBrowserSolverAgreesWithTheServer() throws Exception {
        Path node = Path.of("/usr/bin/node");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(node), "node not installed");
        Path script = Files.createTempFile("pow", ".js");
        String solver = new String(ProofOfWorkTest.class.getResourceAsStream("proof-of-work.js").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(script, "const f = new Function('challenge', 'bits', " + quote(solver) + ");\n"
                + "console.log(f('5f0e1c2d3b4a69788796a5b4c3d2e1f0', 14));\n");
        Process process = new ProcessBuilder(node.toString(), script.toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String nonce = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Files.delete(script);
        assertEquals(ProofOfWork.solve("5f0e1c2d3b4a69788796a5b4c3d2e1f0", 14), nonce);
        assertTrue(new ProofOfWork("5f0e1c2d3b4a69788796a5b4c3d2e1f0", 14).accept(nonce));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
