package io.lodestar.platform.privacy;

import java.util.Optional;

/**
 * The one list of personal data Lodestar stores: how sensitive each kind is, how long it is kept, and the
 * query that finds one person's rows for "download my data" ({@code :tenant}, {@code :employee}, {@code :user}).
 * The "what we store and why" page, the retention job and the personal-data download all read this list, so a
 * new kind of personal data is added here once. Biometric templates are not on it: they are never stored.
 */
public enum DataKind {

	CONTACT_DETAILS(Sensitivity.PERSONAL, new Retention(3 * 365, 2 * 365, Retention.Action.ANONYMISE), """
			select employee_no, name, email, phone, hire_date, status, left_on, created_at, updated_at
			from people_employee where tenant_id = :tenant and id = :employee"""),
	EMPLOYMENT_HISTORY(Sensitivity.PERSONAL, null, """
			select effective_from, effective_to, org_unit_id, position_id, manager_id, reason, recorded_at
			from people_assignment where tenant_id = :tenant and employee_id = :employee order by effective_from"""),
	GOALS(Sensitivity.PERSONAL, null, """
			select id, kind, title, description, period_id, weight, progress, status, created_at, updated_at
			from goal where tenant_id = :tenant and owner_type = 'EMPLOYEE' and owner_id = :employee order by created_at"""),
	KPI_MEASUREMENTS(Sensitivity.PERSONAL, null, """
			select m.kpi_id, g.title kpi_title, m.measured_on, m.measured_value, m.source, m.reason, m.recorded_at
			from kpi_measurement m
			join kpi k on k.tenant_id = m.tenant_id and k.goal_id = m.kpi_id
			join goal g on g.tenant_id = k.tenant_id and g.id = k.goal_id
			where m.tenant_id = :tenant and g.owner_type = 'EMPLOYEE' and g.owner_id = :employee
			order by m.measured_on, m.recorded_at"""),
	OKR_CHECK_INS(Sensitivity.PERSONAL, null, """
			select key_result_id, checked_on, reported_value, progress, confidence, status, narrative, help_needed,
			       created_at
			from okr_check_in where tenant_id = :tenant and author_user_id = :user order by created_at"""),
	/**
	 * Completion of a person's KPIs per period, which the dashboards weight into their score. Sensitive like
	 * appraisal results: they decide grades and pay, so reading another person's is audited.
	 */
	PERFORMANCE_SCORES(Sensitivity.SENSITIVE, null, """
			select g.id kpi_id, g.title kpi_title, p.kind period_kind, p.starts_on, p.ends_on, r.actual, r.target,
			       r.completion, r.computed_at
			from kpi_result r
			join goal g on g.tenant_id = r.tenant_id and g.id = r.kpi_id
			join goal_period p on p.tenant_id = r.tenant_id and p.id = r.period_id
			where r.tenant_id = :tenant and g.owner_type = 'EMPLOYEE' and g.owner_id = :employee
			order by p.starts_on, p.kind, g.title"""),
	APPRAISAL_RESULTS(Sensitivity.SENSITIVE, null, """
			select cycle_id, self_rating, self_comment, manager_rating, manager_comment, kpi_score, okr_score,
			       peer_score, final_score, grade, acknowledged_at, appeal_state, appeal_reason, appeal_decision
			from appraisal where tenant_id = :tenant and employee_id = :employee"""),
	PAY_FIGURES(Sensitivity.SENSITIVE, null, """
			select cycle_id, grade, pay_base, pay_amount, pay_steps
			from appraisal where tenant_id = :tenant and employee_id = :employee"""),
	FEEDBACK(Sensitivity.PERSONAL, null, """
			select t.id thread_id,
			       case when m.author_employee_id = :employee then 'me' else 'other' end author, m.body, m.created_at
			from engagement_thread t
			join engagement_message m on m.tenant_id = t.tenant_id and m.thread_id = t.id
			where t.tenant_id = :tenant and t.employee_id = :employee order by m.created_at"""),
	RECOGNITION(Sensitivity.PERSONAL, null, """
			select 'praise' kind, author_name from_name, message, created_at from recognition_praise
			where tenant_id = :tenant and recipient_id = :employee
			union all
			select 'award' kind, giver_name from_name, reason message, created_at from recognition_award
			where tenant_id = :tenant and recipient_id = :employee"""),
	ATTENDANCE_DAYS(Sensitivity.SENSITIVE, null, """
			select * from attendance_day_result where tenant_id = :tenant and employee_id = :employee order by work_day"""),
	ATTENDANCE_PUNCHES(Sensitivity.SENSITIVE, new Retention(3 * 365, 2 * 365, Retention.Action.DELETE), """
			select p.local_time, p.utc_offset, p.punched_at, p.status_code, p.verify_code, p.work_code, p.received_at
			from attendance_punch p
			join attendance_pin_mapping m on m.tenant_id = p.tenant_id and m.pin = p.pin
			where p.tenant_id = :tenant and m.employee_id = :employee order by p.punched_at"""),
	NOTIFICATION_DELIVERIES(Sensitivity.PERSONAL, new Retention(90, 30, Retention.Action.DELETE), null),
	AUDIT_LOG(Sensitivity.PERSONAL, new Retention(5 * 365, 180, Retention.Action.DELETE), null);

	private final Sensitivity sensitivity;

	private final Retention retention;

	private final String exportSql;

	DataKind(Sensitivity sensitivity, Retention retention, String exportSql) {
		this.sensitivity = sensitivity;
		this.retention = retention;
		this.exportSql = exportSql;
	}

	public Sensitivity sensitivity() {
		return sensitivity;
	}

	public Optional<Retention> retention() {
		return Optional.ofNullable(retention);
	}

	/** The query for one person's rows, if this kind belongs to a person. */
	public Optional<String> exportSql() {
		return Optional.ofNullable(exportSql);
	}

	/** {@code contact-details}: file names and message keys. */
	public String key() {
		return name().toLowerCase().replace('_', '-');
	}

}
