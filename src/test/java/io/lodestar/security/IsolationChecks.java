package io.lodestar.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the isolation matrix knows: which entity each {id} path names, and a fingerprint of a company's rows. */
final class IsolationChecks {

	private IsolationChecks() {
	}

	/** Which entity the {id} of a path is. */
	static String entityOf(String pattern) {
		Map<String, String> prefixes = new LinkedHashMap<>();
		prefixes.put("/people/{id}", "employee");
		prefixes.put("/api/v1/employees/{id}", "employee");
		prefixes.put("/admin/org-units/{id}", "org-unit");
		prefixes.put("/api/v1/org-units/{id}", "org-unit");
		prefixes.put("/org/units/{id}", "org-unit");
		prefixes.put("/admin/positions/{id}", "position");
		prefixes.put("/api/v1/positions/{id}", "position");
		prefixes.put("/admin/users/{id}", "user");
		prefixes.put("/api/v1/users/{id}", "user");
		prefixes.put("/account/tokens/{id}", "token");
		prefixes.put("/api/v1/tokens/{id}", "token");
		prefixes.put("/admin/companies/{id}", "company");
		prefixes.put("/api/v1/companies/{id}", "company");
		prefixes.put("/admin/imports/{id}", "import");
		prefixes.put("/api/v1/imports/{id}", "import");
		prefixes.put("/dashboard/units/{id}", "org-unit");
		prefixes.put("/dashboard/people/{id}", "employee");
		prefixes.put("/reporting/charts/units/{id}", "org-unit");
		prefixes.put("/reporting/charts/people/{id}", "employee");
		prefixes.put("/admin/connectors/{id}", "connector");
		prefixes.put("/api/v1/connectors/{id}", "connector");
		prefixes.put("/admin/api-keys/{id}", "api-key");
		prefixes.put("/api/v1/integration/api-keys/{id}", "api-key");
		prefixes.put("/admin/webhooks/{id}", "webhook");
		prefixes.put("/api/v1/integration/webhooks/{id}", "webhook");
		prefixes.put("/admin/webhook-deliveries/{id}", "webhook-delivery");
		prefixes.put("/api/v1/integration/webhook-deliveries/{id}", "webhook-delivery");
		prefixes.put("/admin/kpi-library/{id}", "kpi-definition");
		prefixes.put("/admin/kpi-import/{id}", "import");
		prefixes.put("/feedback/{id}", "feedback");
		prefixes.put("/api/v1/feedback/{id}", "feedback");
		prefixes.put("/support/{id}", "support-request");
		prefixes.put("/api/v1/support-requests/{id}", "support-request");
		prefixes.put("/inbox/{id}", "notification");
		prefixes.put("/admin/notifications/channels/{id}", "notification-channel");
		prefixes.put("/api/v1/notification-channels/{id}", "notification-channel");
		prefixes.put("/admin/notifications/deliveries/{id}", "notification-delivery");
		prefixes.put("/api/v1/notification-deliveries/{id}", "notification-delivery");
		prefixes.put("/api/v1/notifications/{id}", "notification");
		prefixes.put("/engagement/kpis/{id}", "goal");
		prefixes.put("/api/v1/periods/{id}", "period");
		prefixes.put("/api/v1/goals/{id}", "goal");
		prefixes.put("/api/v1/kpis/{id}", "kpi");
		prefixes.put("/api/v1/measurements/{id}", "measurement");
		prefixes.put("/api/v1/kpi-definitions/{id}", "kpi-definition");
		prefixes.put("/goals/{id}", "goal");
		prefixes.put("/kpis/{id}", "kpi");
		prefixes.put("/admin/periods/{id}", "period");
		prefixes.put("/api/v1/okr/cycles/{id}", "okr-cycle");
		prefixes.put("/admin/okr/cycles/{id}", "okr-cycle");
		prefixes.put("/okr/cycles/{id}", "okr-cycle");
		prefixes.put("/api/v1/okr/unit-modes/{id}", "org-unit");
		prefixes.put("/api/v1/okr/objectives/{id}", "objective");
		prefixes.put("/okr/objectives/{id}", "objective");
		prefixes.put("/api/v1/okr/key-results/{id}", "key-result");
		prefixes.put("/okr/key-results/{id}", "key-result");
		prefixes.put("/recognition/awards/{id}", "award");
		prefixes.put("/api/v1/recognition/awards/{id}", "award");
		prefixes.put("/recognition/praise/{id}", "praise");
		prefixes.put("/api/v1/recognition/praise/{id}", "praise");
		prefixes.put("/recognition/people/{id}", "employee");
		prefixes.put("/api/v1/recognition/people/{id}", "employee");
		prefixes.put("/admin/recognition/award-types/{id}", "award-type");
		prefixes.put("/api/v1/appraisal/templates/{id}", "appraisal-template");
		prefixes.put("/admin/appraisal/templates/{id}", "appraisal-template");
		prefixes.put("/api/v1/appraisal/cycles/{id}", "appraisal-cycle");
		prefixes.put("/admin/appraisal/cycles/{id}", "appraisal-cycle");
		prefixes.put("/api/v1/appraisals/{id}", "appraisal");
		prefixes.put("/appraisals/{id}", "appraisal");
		prefixes.put("/api/v1/recognition/award-types/{id}", "award-type");
		prefixes.put("/admin/attendance/devices/{id}", "attendance-device");
		prefixes.put("/api/v1/attendance/devices/{id}", "attendance-device");
		prefixes.put("/attendance/people/{id}", "employee");
		prefixes.put("/attendance/units/{id}", "org-unit");
		prefixes.put("/attendance/charts/people/{id}", "employee");
		prefixes.put("/attendance/charts/units/{id}", "org-unit");
		prefixes.put("/api/v1/attendance/people/{id}", "employee");
		prefixes.put("/api/v1/attendance/units/{id}", "org-unit");
		prefixes.put("/api/v1/attendance/kpi-bindings/{id}", "kpi");
		prefixes.put("/admin/attendance/kpis/{id}", "kpi");
		return prefixes.entrySet()
			.stream()
			.filter(entry -> pattern.startsWith(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Every row company B owns, in a stable order: any change by anyone shows up here. */
	static String fingerprint(JdbcClient jdbc, UUID tenant) {
		StringBuilder all = new StringBuilder();
		Map<String, String> tables = new LinkedHashMap<>();
		for (String table : List.of("people_org_unit", "people_position", "people_employee", "people_assignment",
				"account_user", "account_token", "platform_import_job", "integration_connector",
				"integration_connector_run", "kpi_definition", "goal_period", "goal", "kpi_measurement",
				"engagement_thread", "engagement_message", "engagement_notification", "okr_cycle", "okr_check_in",
				"okr_comment", "okr_event", "recognition_award_type", "recognition_budget", "recognition_award",
				"recognition_praise", "appraisal_template", "appraisal_cycle", "appraisal", "appraisal_change",
				"engagement_chat_channel", "engagement_delivery", "attendance_device", "attendance_punch",
				"attendance_set_aside", "attendance_command")) {
			tables.put(table, "id");
		}
		tables.put("kpi", "goal_id");
		tables.put("kpi_result", "kpi_id, period_id");
		tables.put("goal_support", "goal_id, supported_goal_id");
		tables.put("okr_objective", "goal_id");
		tables.put("okr_key_result", "goal_id");
		tables.put("okr_key_result_version", "key_result_id, number");
		tables.put("okr_unit_mode", "org_unit_id");
		tables.put("appraisal_peer", "appraisal_id, peer_id");
		tables.put("engagement_chat_channel_kind", "channel_id, kind");
		tables.put("engagement_notification_default", "kind");
		tables.put("engagement_notification_preference", "user_id, kind");
		tables.put("attendance_device_user", "device_id, pin");
		for (var table : tables.entrySet()) {
			jdbc.sql("select * from " + table.getKey() + " where tenant_id = :tenant order by " + table.getValue())
				.param("tenant", tenant)
				.query(rs -> {
					int columns = rs.getMetaData().getColumnCount();
					for (int i = 1; i <= columns; i++) {
						all.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(';');
					}
					all.append('\n');
				});
		}
		all.append(TenantGoalData.fingerprint(jdbc, tenant));
		all.append(jdbc.sql("select name || code || version from company where id = :id").param("id", tenant)
			.query(String.class)
			.single());
		return all.toString();
	}

}
