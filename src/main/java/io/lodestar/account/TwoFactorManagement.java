package io.lodestar.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SecondFactorEnforcement;
import io.lodestar.platform.security.SecretBox;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Two-factor sign-in with an authenticator app (TOTP): each user enrols, confirms with a first code and
 * receives ten single-use recovery codes; a company chooses which roles must use it. The secret is
 * sealed with {@link SecretBox} bound to the user id. Re-authentication is checked by the caller (web layer).
 */
@Service
@Transactional
public class TwoFactorManagement implements SecondFactorEnforcement {

	/** Roles a company may require two-factor sign-in for. */
	public static final Set<Role> ENFORCEABLE = EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.HR_ADMIN,
			Role.EXECUTIVE, Role.PAY_VIEWER, Role.SYSTEM_ADMIN);

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final TwoFactorStore store;

	private final SecretBox box;

	private final AuditTrail audit;

	private final Clock clock;

	private final AccountProperties.TwoFactor settings;

	TwoFactorManagement(TwoFactorStore store, SecretBox box, AuditTrail audit, Clock clock,
			AccountProperties properties) {
		this.store = store;
		this.box = box;
		this.audit = audit;
		this.clock = clock;
		this.settings = properties.security().twoFactor();
	}

	/** What the account page shows. */
	public record Status(boolean enabled, boolean enrolling, boolean required, int unusedRecoveryCodes) {
	}

	/** The secret to type or scan into an authenticator app. */
	public record Enrolment(String secret, String uri) {
	}

	@Transactional(readOnly = true)
	public Status status(CurrentUser me) {
		var row = store.find(me.userId());
		return new Status(row.filter(TwoFactorStore.Row::confirmed).isPresent(),
				row.filter(r -> !r.confirmed()).isPresent(), required(me),
				row.isPresent() ? store.unusedRecoveryCodes(me.userId()) : 0);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mustEnrol(CurrentUser user) {
		return required(user) && !store.enabled(user.userId());
	}

	boolean required(CurrentUser user) {
		Set<Role> enforced = EnumSet.noneOf(Role.class);
		enforced.addAll(store.enforcedRoles(user.tenantId()));
		if (settings.enforcedRoles() != null) {
			enforced.addAll(settings.enforcedRoles());
		}
		return user.roles().stream().anyMatch(enforced::contains);
	}

	/** Starts (or restarts) enrolment with a new secret; refused while two-factor sign-in is on. */
	public Enrolment startEnrolment(CurrentUser me) {
		if (store.enabled(me.userId())) {
			throw BusinessRuleException.conflict("account.two-factor.already-on", null);
		}
		String secret = Totp.base32(Totp.newSecret());
		store.startEnrolment(me.userId(), me.tenantId(), box.seal(secret, context(me.userId())), clock.instant());
		return enrolment(me, secret);
	}

	/** The enrolment under way, to show it again (e.g. after a wrong first code). */
	@Transactional(readOnly = true)
	public java.util.Optional<Enrolment> pendingEnrolment(CurrentUser me) {
		return store.find(me.userId())
			.filter(row -> !row.confirmed())
			.map(row -> enrolment(me, box.open(row.sealedSecret(), context(me.userId()))));
	}

	/** Turns two-factor sign-in on once the app shows a right code; returns the recovery codes, shown once. */
	public List<String> confirmEnrolment(CurrentUser me, String code) {
		var row = store.find(me.userId()).filter(r -> !r.confirmed())
			.orElseThrow(() -> BusinessRuleException.conflict("account.two-factor.not-enrolling", "code"));
		OptionalLong step = Totp.matchingStep(secret(row), clean(code), clock.instant());
		if (step.isEmpty() || !store.claimStep(me.userId(), step.getAsLong())) {
			throw BusinessRuleException.invalid("account.two-factor.code-wrong", "code");
		}
		store.confirm(me.userId(), clock.instant());
		audit.record("TWO_FACTOR_ENABLED", "user", me.userId(), null, null);
		return newCodes(me);
	}

	public List<String> replaceRecoveryCodes(CurrentUser me) {
		if (!store.enabled(me.userId())) {
			throw BusinessRuleException.conflict("account.two-factor.not-on", null);
		}
		audit.record("RECOVERY_CODES_REPLACED", "user", me.userId(), null, null);
		return newCodes(me);
	}

	/** Turns two-factor sign-in off, unless the user's role requires it. */
	public void disable(CurrentUser me) {
		if (required(me)) {
			throw BusinessRuleException.conflict("account.two-factor.required", null);
		}
		store.delete(me.userId());
		audit.record("TWO_FACTOR_DISABLED", "user", me.userId(), null, null);
	}

	/**
	 * Whether {@code code} is a current authenticator code not used before, or an unused recovery code (which
	 * is then used up). Callers count a false answer as a failed sign-in.
	 */
	boolean verify(UUID userId, String code) {
		var row = store.find(userId).filter(TwoFactorStore.Row::confirmed);
		if (row.isEmpty()) {
			return false;
		}
		String cleaned = clean(code);
		if (cleaned.matches("\\d{" + Totp.DIGITS + "}")) {
			OptionalLong step = Totp.matchingStep(secret(row.get()), cleaned, clock.instant());
			return step.isPresent() && store.claimStep(userId, step.getAsLong());
		}
		boolean used = store.useRecoveryCode(userId, Secrets.sha256(cleaned.toLowerCase(Locale.ROOT)), clock.instant());
		if (used) {
			audit.recordSystem(row.get().tenantId(), userId, null, "RECOVERY_CODE_USED", "user", userId, null);
		}
		return used;
	}

	boolean enabled(UUID userId) {
		return store.enabled(userId);
	}

	@Transactional(readOnly = true)
	public Set<Role> enforcedRoles(CurrentUser admin) {
		requireSecurityAdministrator(admin);
		return store.enforcedRoles(admin.tenant());
	}

	/** Install-wide roles from configuration; a company can add to them but not remove them. */
	public Set<Role> enforcedEverywhere() {
		return settings.enforcedRoles() == null ? Set.of() : Set.copyOf(settings.enforcedRoles());
	}

	public void enforce(CurrentUser admin, Set<Role> roles) {
		requireSecurityAdministrator(admin);
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		if (roles != null) {
			roles.stream().filter(ENFORCEABLE::contains).forEach(chosen::add);
		}
		Set<Role> before = store.enforcedRoles(admin.tenant());
		store.replaceEnforcedRoles(admin.tenant(), chosen);
		audit.record("TWO_FACTOR_RULE", "company", admin.tenant(), java.util.Map.of("roles", before.toString()),
				java.util.Map.of("roles", chosen.toString()));
	}

	private static void requireSecurityAdministrator(CurrentUser admin) {
		if (!admin.hasAny(Role.HR_ADMIN, Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("sign-in security");
		}
	}

	private List<String> newCodes(CurrentUser me) {
		List<String> codes = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		java.security.SecureRandom random = new java.security.SecureRandom();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
			}
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
			hashes.add(Secrets.sha256(code.toString()));
		}
		store.replaceRecoveryCodes(me.userId(), me.tenantId(), hashes);
		return codes;
	}

	private Enrolment enrolment(CurrentUser me, String secret) {
		String issuer = settings.issuer() == null || settings.issuer().isBlank() ? "Lodestar" : settings.issuer();
		String label = encode(issuer) + ":" + encode(me.email());
		return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
	}

	private byte[] secret(TwoFactorStore.Row row) {
		return Totp.fromBase32(box.open(row.sealedSecret(), context(row.userId())));
	}

	/** Spaces and dashes are how people copy codes; neither is part of one. */
	private static String clean(String code) {
		return code == null ? "" : code.replaceAll("[\\s-]", "");
	}

	private static String context(UUID userId) {
		return "two-factor:" + userId;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
