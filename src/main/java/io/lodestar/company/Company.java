package io.lodestar.company;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A company using Lodestar. Its id is the tenant id carried by every business row. */
@Table("company")
class Company {

	@Id
	private final UUID id;

	private String code;

	private String name;

	private String defaultLocale;

	private String timeZone;

	private String status;

	private int fiscalYearStartMonth;

	private boolean kpiActualsPublic;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	Company(UUID id, String code, String name, String defaultLocale, String timeZone, String status,
			int fiscalYearStartMonth, boolean kpiActualsPublic, Instant createdAt, Instant updatedAt, Long version) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.defaultLocale = defaultLocale;
		this.timeZone = timeZone;
		this.status = status;
		this.fiscalYearStartMonth = fiscalYearStartMonth;
		this.kpiActualsPublic = kpiActualsPublic;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Company create(String code, String name, String defaultLocale, String timeZone) {
		Instant now = Instant.now();
		return new Company(UUID.randomUUID(), code, name, defaultLocale, timeZone, "ACTIVE", 1, false, now, now, null);
	}

	void rename(String name, String defaultLocale, String timeZone) {
		this.name = name;
		this.defaultLocale = defaultLocale;
		this.timeZone = timeZone;
		this.updatedAt = Instant.now();
	}

	void configure(int fiscalYearStartMonth, boolean kpiActualsPublic) {
		this.fiscalYearStartMonth = fiscalYearStartMonth;
		this.kpiActualsPublic = kpiActualsPublic;
		this.updatedAt = Instant.now();
	}

	CompanySettings settings() {
		return new CompanySettings(fiscalYearStartMonth, kpiActualsPublic, version);
	}

	CompanySummary summary() {
		return new CompanySummary(id, code, name, defaultLocale, timeZone, createdAt);
	}

	UUID id() {
		return id;
	}

}
