package io.lodestar.integration.web;

import java.time.YearMonth;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.integration.ConnectorMode;
import io.lodestar.integration.ConnectorRequest;
import io.lodestar.integration.ConnectorView;
import io.lodestar.integration.Schedule;
import io.lodestar.integration.ValuePeriod;

/** The connector form. The password field is always empty when shown: blank keeps the stored password. */
public class ConnectorForm {

	@NotBlank(message = "{integration.connector.name.required}")
	@Size(max = 100, message = "{integration.connector.name.size}")
	private String name;

	@NotBlank(message = "{integration.connector.url.required}")
	@Size(max = 500, message = "{integration.connector.url.size}")
	private String jdbcUrl;

	@Size(max = 200, message = "{integration.connector.username.size}")
	private String username;

	@Size(max = 500, message = "{integration.connector.password.size}")
	private String password;

	@NotBlank(message = "{integration.connector.query.required}")
	@Size(max = 8000, message = "{integration.connector.query.size}")
	private String query;

	@NotNull(message = "{integration.connector.mode.required}")
	private ConnectorMode mode = ConnectorMode.ROWS;

	private UUID kpiId;

	private UUID definitionId;

	private UUID kpiPeriodId;

	private ValuePeriod valuePeriod = ValuePeriod.CURRENT_MONTH;

	@Pattern(regexp = "(\\d{4}-\\d{2})?", message = "{integration.connector.fixed-month.required}")
	private String fixedMonth;

	private Schedule schedule = Schedule.DAILY;

	private Integer hour = 6;

	private Integer weekday = 1;

	private Integer dayOfMonth = 1;

	private boolean enabled = true;

	static ConnectorForm of(ConnectorView view) {
		ConnectorForm form = new ConnectorForm();
		form.name = view.name();
		form.jdbcUrl = view.jdbcUrl();
		form.username = view.username();
		form.query = view.query();
		form.mode = view.mode();
		form.kpiId = view.kpiId();
		form.definitionId = view.definitionId();
		form.kpiPeriodId = view.kpiPeriodId();
		form.valuePeriod = view.valuePeriod();
		form.fixedMonth = view.fixedMonth() == null ? null : view.fixedMonth().toString();
		form.schedule = view.schedule();
		form.hour = view.hour() == null ? 6 : view.hour();
		form.weekday = view.weekday() == null ? 1 : view.weekday();
		form.dayOfMonth = view.dayOfMonth() == null ? 1 : view.dayOfMonth();
		form.enabled = view.enabled();
		return form;
	}

	ConnectorRequest request() {
		YearMonth month = ConnectorBody.month(fixedMonth);
		return new ConnectorRequest(name, jdbcUrl, username, password, query, mode, kpiId, definitionId, kpiPeriodId,
				valuePeriod, month, schedule, hour, weekday, dayOfMonth, enabled);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getJdbcUrl() {
		return jdbcUrl;
	}

	public void setJdbcUrl(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	/** Never echoed back into the page (see the template: the input has no value). */
	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getQuery() {
		return query;
	}

	public void setQuery(String query) {
		this.query = query;
	}

	public ConnectorMode getMode() {
		return mode;
	}

	public void setMode(ConnectorMode mode) {
		this.mode = mode;
	}

	public UUID getKpiId() {
		return kpiId;
	}

	public void setKpiId(UUID kpiId) {
		this.kpiId = kpiId;
	}

	public UUID getDefinitionId() {
		return definitionId;
	}

	public void setDefinitionId(UUID definitionId) {
		this.definitionId = definitionId;
	}

	public UUID getKpiPeriodId() {
		return kpiPeriodId;
	}

	public void setKpiPeriodId(UUID kpiPeriodId) {
		this.kpiPeriodId = kpiPeriodId;
	}

	public ValuePeriod getValuePeriod() {
		return valuePeriod;
	}

	public void setValuePeriod(ValuePeriod valuePeriod) {
		this.valuePeriod = valuePeriod;
	}

	public String getFixedMonth() {
		return fixedMonth;
	}

	public void setFixedMonth(String fixedMonth) {
		this.fixedMonth = fixedMonth;
	}

	public Schedule getSchedule() {
		return schedule;
	}

	public void setSchedule(Schedule schedule) {
		this.schedule = schedule;
	}

	public Integer getHour() {
		return hour;
	}

	public void setHour(Integer hour) {
		this.hour = hour;
	}

	public Integer getWeekday() {
		return weekday;
	}

	public void setWeekday(Integer weekday) {
		this.weekday = weekday;
	}

	public Integer getDayOfMonth() {
		return dayOfMonth;
	}

	public void setDayOfMonth(Integer dayOfMonth) {
		this.dayOfMonth = dayOfMonth;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
