package org.danvan.rest.api;

/**
 * A token just created: the record and the only copy of the token text, to show the owner once.
 *
 * @param token the stored record
 * @param secretText the full token for the {@code Authorization: Bearer} header; never stored, never shown again
 */
public record IssuedToken(ApiToken token, String secretText) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret hidden]";
    }
}
