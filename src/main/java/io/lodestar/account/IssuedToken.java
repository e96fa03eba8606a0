package io.lodestar.account;

/** A newly created token: {@code token} is shown this once and cannot be retrieved again. */
public record IssuedToken(TokenView details, String token) {
}
