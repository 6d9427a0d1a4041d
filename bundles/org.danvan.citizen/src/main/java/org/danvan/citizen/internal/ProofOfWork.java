package org.danvan.citizen.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A proof-of-work challenge the browser solves before a submission is accepted, with no third-party service: find a
 * nonce such that SHA-256 of {@code "<challenge>:<nonce>"} starts with {@code difficultyBits} zero bits. The citizen
 * waits well under a second on a phone; a script sending thousands of submissions pays that for each one. One
 * challenge serves one submission: the view issues a new one after every attempt.
 */
final class ProofOfWork {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String challenge;
    private final int difficultyBits;
    private boolean used;

    ProofOfWork(String challenge, int difficultyBits) {
        if (difficultyBits < 0 || difficultyBits > 32) {
            throw new IllegalArgumentException("difficulty out of range: " + difficultyBits);
        }
        this.challenge = challenge;
        this.difficultyBits = difficultyBits;
    }

    /** A fresh random challenge. */
    static ProofOfWork issue(int difficultyBits) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new ProofOfWork(HexFormat.of().formatHex(bytes), difficultyBits);
    }

    String challenge() {
        return challenge;
    }

    int difficultyBits() {
        return difficultyBits;
    }

    /** Whether the nonce solves this challenge; a challenge is accepted once only. */
    synchronized boolean accept(String nonce) {
        if (used || nonce == null || nonce.isEmpty() || nonce.length() > 20 || !nonce.chars().allMatch(
                Character::isDigit)) {
            return false;
        }
        if (!solves(challenge, nonce, difficultyBits)) {
            return false;
        }
        used = true;
        return true;
    }

    static boolean solves(String challenge, String nonce, int difficultyBits) {
        byte[] hash = sha256(challenge + ":" + nonce);
        int full = difficultyBits / 8;
        for (int i = 0; i < full; i++) {
            if (hash[i] != 0) {
                return false;
            }
        }
        int rest = difficultyBits % 8;
        return rest == 0 || (hash[full] & 0xFF) >>> (8 - rest) == 0;
    }

    /** The solver the browser runs: the same search, in Java (for tests). */
    static String solve(String challenge, int difficultyBits) {
        for (long nonce = 0;; nonce++) {
            if (solves(challenge, Long.toString(nonce), difficultyBits)) {
                return Long.toString(nonce);
            }
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
