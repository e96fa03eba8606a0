package io.lodestar.account;

/** A new account and its first password, shown once to the administrator who created it. */
public record CreatedUser(UserView user, String initialPassword) {
}
