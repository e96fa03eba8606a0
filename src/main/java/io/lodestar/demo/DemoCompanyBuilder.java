package io.lodestar.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.lodestar.account.NewUser;
import io.lodestar.company.CompanySummary;
import io.lodestar.people.Departure;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.Move;
import io.lodestar.people.NewEmployee;
import io.lodestar.people.OrgUnitKind;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.people.OrgUnitRequest;
import io.lodestar.people.PositionRequest;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SystemActor;

/**
 * What a demo script uses to set up one company: org units, positions, hires, transfers, departures and
 * accounts, each through the real service as "system" (the caller runs it inside
 * {@link SystemActor#runAs}). Names, dates and phone numbers come from one seeded {@link Random}, so the
 * same script always builds the same company; dates are relative to the company's today.
 */
final class DemoCompanyBuilder {

	/** How long ago someone was hired: between {@code minMonths} and {@code maxMonths} before today. */
	record Tenure(int minMonths, int maxMonths) {

		static Tenure years(int min, int max) {
			return new Tenure(min * 12, max * 12);
		}

		static Tenure months(int min, int max) {
			return new Tenure(min, max);
		}

	}

	private final DemoServices services;

	private final CompanySummary company;

	private final CurrentUser system;

	private final LocalDate today;

	private final Random random;

	private final NamePool names;

	private final String numberPrefix;

	private final String emailDomain;

	private final Map<String, UUID> positionIds = new HashMap<>();

	private final Map<String, String> positionNames = new HashMap<>();

	/** Who gets an account at the end, with which granted roles; insertion order keeps loads identical. */
	private final Map<UUID, Set<Role>> accounts = new LinkedHashMap<>();

	private final Set<String> phones = new HashSet<>();

	private int employeeCount;

	private int unitCount;

	private DemoUnit root;

	DemoCompanyBuilder(DemoServices services, CompanySummary company, DemoScript script) {
		this.services = services;
		this.company = company;
		this.system = SystemActor.in(company.id());
		this.today = services.companies().today(company.id());
		this.random = new Random(script.seed());
		this.names = new NamePool(random);
		this.numberPrefix = script.employeeNumberPrefix();
		this.emailDomain = script.emailDomain();
	}

	CompanySummary company() {
		return company;
	}

	LocalDate today() {
		return today;
	}

	/** The seeded random source, for a script's own choices (who transfers, who leaves). */
	Random random() {
		return random;
	}

	/** The company's root unit, created with the company. */
	DemoUnit root() {
		if (root == null) {
			OrgUnitNode node = services.units().tree(system).get(0);
			root = new DemoUnit(node.id(), null, node.code(), node.name(), node.kind(), node.sortOrder());
		}
		return root;
	}

	DemoUnit unit(DemoUnit parent, String code, String name, OrgUnitKind kind) {
		int sortOrder = ++unitCount * 10;
		OrgUnitNode node = services.units()
			.create(system, new OrgUnitRequest(parent.id(), code, name, kind, null, sortOrder));
		return new DemoUnit(node.id(), parent.id(), code, name, kind, sortOrder);
	}

	void position(String code, String name, String description) {
		UUID id = services.positions().create(system, new PositionRequest(code, name, description)).id();
		positionIds.put(code, id);
		positionNames.put(code, name);
	}

	String positionName(String code) {
		return positionNames.get(code);
	}

	/** Hires a new person with a generated Chinese name; they get an account unless {@link #noAccount}. */
	DemoPerson hire(DemoUnit unit, String position, DemoPerson manager, Tenure tenure) {
		return hire(unit, position, manager, tenure, names.next());
	}

	DemoPerson hire(DemoUnit unit, String position, DemoPerson manager, Tenure tenure, NamePool.PersonName name) {
		String number = numberPrefix + String.format("%04d", ++employeeCount);
		LocalDate hireDate = today.minusMonths(tenure.minMonths()).minusDays(random.nextInt(
				(int) ChronoUnit.DAYS.between(today.minusMonths(tenure.maxMonths()), today.minusMonths(tenure.minMonths()))
						+ 1));
		EmployeeView hired = services.employees()
			.hire(system, new NewEmployee(number, name.name(), name.emailLocalPart() + "@" + emailDomain, phone(),
					hireDate, unit.id(), positionId(position), manager == null ? null : manager.id()));
		accounts.put(hired.id(), EnumSet.noneOf(Role.class));
		return new DemoPerson(hired.id(), number, hired.name(), hired.email(), hireDate);
	}

	/** Hires {@code count} people into a team, all reporting to its lead. */
	List<DemoPerson> hireTeam(DemoUnit unit, String position, DemoPerson lead, int count, Tenure tenure) {
		List<DemoPerson> team = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			team.add(hire(unit, position, lead, tenure));
		}
		return Collections.unmodifiableList(team);
	}

	/** An English name, as used by some staff of international companies. */
	NamePool.PersonName english(String given, String surname) {
		return names.english(given, surname);
	}

	void head(DemoUnit unit, DemoPerson head) {
		services.units()
			.update(system, unit.id(), new OrgUnitRequest(unit.parentId(), unit.code(), unit.name(), unit.kind(),
					head.id(), unit.sortOrder()), null);
	}

	void grant(DemoPerson person, Role... roles) {
		accounts.computeIfAbsent(person.id(), id -> EnumSet.noneOf(Role.class)).addAll(List.of(roles));
	}

	/** Not everyone signs in: some line workers have their numbers entered by their team leader. */
	void noAccount(DemoPerson person) {
		accounts.remove(person.id());
	}

	/** A transfer or promotion some time after the hire, so the person has an assignment history. */
	void transfer(DemoPerson person, DemoUnit unit, String position, DemoPerson manager, String reason) {
		LocalDate on = between(person.hireDate().plusMonths(3), today.minusMonths(1));
		services.employees()
			.move(system, person.id(), new Move(unit.id(), positionId(position), manager.id(), on, reason));
	}

	/** The person left the company some time ago; they keep their history but lose access. */
	void leave(DemoPerson person, String reason) {
		LocalDate lastDay = between(person.hireDate().plusMonths(2), today.minusDays(7));
		services.employees().leave(system, person.id(), new Departure(lastDay, reason));
		accounts.remove(person.id());
	}

	/** Creates every planned account with the one demo password; returns how many. */
	int createAccounts(String password) {
		List<NewUser> requests = accounts.entrySet()
			.stream()
			.map(entry -> new NewUser(entry.getKey(), null, null, entry.getValue()))
			.toList();
		return services.accounts().createDemoAccounts(system, password, requests).size();
	}

	int employeeCount() {
		return employeeCount;
	}

	private UUID positionId(String code) {
		UUID id = positionIds.get(code);
		if (id == null) {
			throw new IllegalArgumentException("demo position not defined: " + code);
		}
		return id;
	}

	/** Mobile numbers as Chinese companies record them: 11 digits, 138 and eight more. */
	private String phone() {
		String phone;
		do {
			phone = "138" + String.format("%08d", random.nextInt(100_000_000));
		}
		while (!phones.add(phone));
		return phone;
	}

	/** A day between the two (inclusive); today if the range is empty (someone hired only recently). */
	private LocalDate between(LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to);
		return days < 0 ? today : from.plusDays(random.nextInt((int) days + 1));
	}

}
