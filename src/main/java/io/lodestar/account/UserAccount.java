package io.lodestar.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.lodestar.platform.security.Role;

/**
 * A sign-in account. Roles stored here are the granted ones (HR admin, executive, system administrator);
 * EMPLOYEE and MANAGER follow from the linked employee. {@code sessionEpoch} is raised to end every
 * session at once (sign out everywhere, password change, disabling).
 */
@Table("account_user")
class UserAccount {

	@Id
	private final UUID id;

	private final UUID tenantId;

	private UUID employeeId;

	private String email;

	private String displayName;

	private String passwordHash;

	private String roles;

	private AccountStatus status;

	private String preferredLocale;

	private int sessionEpoch;

	private final Instant createdAt;

	private Instant updatedAt;

	private Instant lastSignInAt;

	@Version
	private Long version;

	UserAccount(UUID id, UUID tenantId, UUID employeeId, String email, String displayName, String passwordHash,
			String roles, AccountStatus status, String preferredLocale, int sessionEpoch, Instant createdAt,
			Instant updatedAt, Instant lastSignInAt, Long version) {
		this.id = id;
		this.tenantId = tenantId;
		this.employeeId = employeeId;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles;
		this.status = status;
		this.preferredLocale = preferredLocale;
		this.sessionEpoch = sessionEpoch;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.lastSignInAt = lastSignInAt;
		this.version = version;
	}

	static UserAccount create(UUID tenantId, UUID employeeId, String email, String displayName, String passwordHash,
			Set<Role> grantedRoles) {
		Instant now = Instant.now();
		return new UserAccount(UUID.randomUUID(), tenantId, employeeId, email, displayName, passwordHash,
				encode(grantedRoles), AccountStatus.ACTIVE, null, 0, now, now, null, null);
	}

	Set<Role> grantedRoles() {
		if (roles == null || roles.isBlank()) {
			return EnumSet.noneOf(Role.class);
		}
		return Arrays.stream(roles.split(","))
			.map(String::strip)
			.map(Role::valueOf)
			.filter(Role.GRANTABLE::contains)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	void grant(Set<Role> granted) {
		this.roles = encode(granted);
		this.updatedAt = Instant.now();
	}

	void rename(String displayName) {
		this.displayName = displayName;
		this.updatedAt = Instant.now();
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		endAllSessions();
	}

	void disable() {
		this.status = AccountStatus.DISABLED;
		endAllSessions();
	}

	void enable() {
		this.status = AccountStatus.ACTIVE;
		this.updatedAt = Instant.now();
	}

	void endAllSessions() {
		this.sessionEpoch++;
		this.updatedAt = Instant.now();
	}

	void preferLocale(String tag) {
		this.preferredLocale = tag;
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("email", email);
		state.put("displayName", displayName);
		state.put("employeeId", employeeId == null ? null : employeeId.toString());
		state.put("roles", roles);
		state.put("status", status.name());
		return state;
	}

	private static String encode(Set<Role> granted) {
		return granted.stream()
			.filter(Role.GRANTABLE::contains)
			.sorted()
			.map(Role::name)
			.collect(Collectors.joining(","));
	}

	UUID id() {
		return id;
	}

	UUID tenantId() {
		return tenantId;
	}

	UUID employeeId() {
		return employeeId;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	AccountStatus status() {
		return status;
	}

	boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	String preferredLocale() {
		return preferredLocale;
	}

	int sessionEpoch() {
		return sessionEpoch;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant lastSignInAt() {
		return lastSignInAt;
	}

	Long version() {
		return version;
	}

}
