package io.lodestar.engagement;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Who gets which notifications by email. The company sets a default per kind (HR administrators; on unless
 * turned off); each user may choose differently for themselves. Only a choice that differs from the company's
 * default is stored, so a user who never deviated follows later changes of the default. In-app notifications
 * are always on.
 */
@Service
@Transactional
public class NotificationPreferences {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	NotificationPreferences(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The caller's own preferences, one per kind. */
	@Transactional(readOnly = true)
	public List<KindPreference> mine(CurrentUser user) {
		Map<String, Boolean> defaults = defaults(user.tenant());
		Map<String, Boolean> own = own(user.tenant(), user.userId());
		return NotificationKinds.all().stream().map(kind -> {
			boolean companyDefault = defaults.getOrDefault(kind, true);
			Boolean choice = own.get(kind);
			return new KindPreference(kind, NotificationKinds.nameKey(kind), choice == null ? companyDefault : choice,
					companyDefault, choice != null);
		}).toList();
	}

	/** Sets the caller's choices for the kinds given; kinds not given keep what they had. */
	public List<KindPreference> setMine(CurrentUser user, Map<String, Boolean> email) {
		checkKinds(email);
		Map<String, Boolean> defaults = defaults(user.tenant());
		email.forEach((kind, wanted) -> {
			jdbc.sql("delete from engagement_notification_preference where tenant_id = :tenant and user_id = :user "
					+ "and kind = :kind").param("tenant", user.tenant()).param("user", user.userId()).param("kind", kind)
				.update();
			if (wanted != defaults.getOrDefault(kind, true)) {
				jdbc.sql("insert into engagement_notification_preference (tenant_id, user_id, kind, email) "
						+ "values (:tenant, :user, :kind, :email)")
					.param("tenant", user.tenant()).param("user", user.userId()).param("kind", kind)
					.param("email", wanted).update();
			}
		});
		return mine(user);
	}

	/** The company's defaults, one per kind (HR administrators). */
	@Transactional(readOnly = true)
	public List<KindPreference> companyDefaults(CurrentUser user) {
		NotificationChannels.requireHr(user);
		Map<String, Boolean> defaults = defaults(user.tenant());
		return NotificationKinds.all().stream().map(kind -> {
			boolean email = defaults.getOrDefault(kind, true);
			return new KindPreference(kind, NotificationKinds.nameKey(kind), email, email, false);
		}).toList();
	}

	/** Sets the company's defaults for the kinds given (HR administrators). */
	public List<KindPreference> setCompanyDefaults(CurrentUser user, Map<String, Boolean> email) {
		NotificationChannels.requireHr(user);
		checkKinds(email);
		Map<String, Boolean> before = defaults(user.tenant());
		email.forEach((kind, wanted) -> {
			jdbc.sql("delete from engagement_notification_default where tenant_id = :tenant and kind = :kind")
				.param("tenant", user.tenant()).param("kind", kind).update();
			jdbc.sql("insert into engagement_notification_default (tenant_id, kind, email) values (:tenant, :kind, :email)")
				.param("tenant", user.tenant()).param("kind", kind).param("email", wanted).update();
		});
		audit.record("UPDATE", "notification-defaults", user.tenant(), new LinkedHashMap<>(before),
				new LinkedHashMap<>(defaults(user.tenant())));
		return companyDefaults(user);
	}

	/** Whether an account gets a kind by email: its own choice, else the company's default, else yes. */
	@Transactional(readOnly = true)
	boolean emailWanted(UUID tenant, UUID userId, String kind) {
		String effective = NotificationKinds.effective(kind);
		Boolean own = own(tenant, userId).get(effective);
		return own != null ? own : defaults(tenant).getOrDefault(effective, true);
	}

	private Map<String, Boolean> defaults(UUID tenant) {
		Map<String, Boolean> found = new HashMap<>();
		jdbc.sql("select kind, email from engagement_notification_default where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(rs -> {
				found.put(rs.getString("kind"), rs.getBoolean("email"));
			});
		return found;
	}

	private Map<String, Boolean> own(UUID tenant, UUID userId) {
		Map<String, Boolean> found = new HashMap<>();
		jdbc.sql("select kind, email from engagement_notification_preference where tenant_id = :tenant and user_id = :user")
			.param("tenant", tenant)
			.param("user", userId)
			.query(rs -> {
				found.put(rs.getString("kind"), rs.getBoolean("email"));
			});
		return found;
	}

	private static void checkKinds(Map<String, Boolean> email) {
		email.forEach((kind, wanted) -> {
			if (!NotificationKinds.isKnown(kind) || wanted == null) {
				throw BusinessRuleException.invalid("engagement.channel.kind-unknown", "email", kind);
			}
		});
	}

}
