package io.lodestar.account;

import java.util.UUID;

/**
 * Where to reach an account outside Lodestar (for notifications by email): its address, name, preferred
 * language (a BCP 47 tag, or null for the company's default) and whether it may still be written to.
 */
public record AccountContact(UUID userId, String email, String displayName, String preferredLocale, boolean active) {

}
