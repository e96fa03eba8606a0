package io.lodestar.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * What a browser session remembers about how its user signed in. Kept in the session (not the principal)
 * because the principal is rebuilt from the database on every request.
 */
public final class SignInSession {

	/** When the password (and code) were accepted: the absolute lifetime counts from here. */
	static final String SIGNED_IN_AT = "lodestar.signedInAt";

	/** When the user last proved who they are (sign-in or the confirmation page). */
	static final String AUTHENTICATED_AT = "lodestar.authenticatedAt";

	/** The user's role requires two-factor sign-in and they have none yet: only enrolment is open. */
	static final String MUST_ENROL = "lodestar.mustEnrolSecondFactor";

	/** The password was right; the session waits for the second factor and is not signed in yet. */
	static final String PENDING = "lodestar.pendingSecondFactor";

	/** The first sign-in step, waiting for a code. Expires after {@link #PENDING_LIFETIME}. */
	public record Pending(UUID userId, String email, Instant passwordAcceptedAt) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

	}

	public static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

	private SignInSession() {
	}

	public static void signedIn(HttpSession session, Instant at, boolean mustEnrol) {
		session.removeAttribute(PENDING);
		session.setAttribute(SIGNED_IN_AT, at);
		session.setAttribute(AUTHENTICATED_AT, at);
		if (mustEnrol) {
			session.setAttribute(MUST_ENROL, Boolean.TRUE);
		}
		else {
			session.removeAttribute(MUST_ENROL);
		}
	}

	public static void enrolled(HttpSession session) {
		session.removeAttribute(MUST_ENROL);
	}

	public static void reauthenticated(HttpSession session, Instant at) {
		session.setAttribute(AUTHENTICATED_AT, at);
	}

	/** Whether the user proved who they are within {@code window} before {@code now}. */
	public static boolean authenticatedWithin(HttpSession session, Duration window, Instant now) {
		return session != null && session.getAttribute(AUTHENTICATED_AT) instanceof Instant at
				&& !at.isBefore(now.minus(window));
	}

	public static void awaitSecondFactor(HttpSession session, Pending pending) {
		session.setAttribute(PENDING, pending);
	}

	/** The waiting first step, if it has not expired. */
	public static java.util.Optional<Pending> pending(HttpSession session, Instant now) {
		if (session != null && session.getAttribute(PENDING) instanceof Pending pending
				&& pending.passwordAcceptedAt().plus(PENDING_LIFETIME).isAfter(now)) {
			return java.util.Optional.of(pending);
		}
		return java.util.Optional.empty();
	}

	public static void abandonSecondFactor(HttpSession session) {
		if (session != null) {
			session.removeAttribute(PENDING);
		}
	}

}
