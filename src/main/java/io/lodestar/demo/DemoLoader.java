package io.lodestar.demo;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.company.CompanySummary;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Loads the demo companies at start-up, after the first system administrator exists ({@code FirstStart} is
 * order 0), when {@link DemoMode} allows it and no company exists yet: never twice, never next to real
 * companies. Everything is one transaction, so a failure leaves the database empty and the next start tries
 * again. All demo accounts share one password, from {@code LODESTAR_DEMO_PASSWORD} or generated and printed
 * once with the sign-ins worth trying.
 */
@Component
@Order(10)
class DemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	/** What one load created, and the password its accounts share (for the log block, not kept). */
	record DemoLoad(List<DemoCompanyResult> companies, String password, boolean passwordGenerated, Duration took) {
	}

	private final DemoServices services;

	private final DemoProperties properties;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final List<DemoScript> scripts = List.of(new HuaruiDemo(), new NebulaDemo());

	DemoLoader(DemoServices services, DemoProperties properties, DataSource dataSource,
			PlatformTransactionManager transactions) {
		this.services = services;
		this.properties = properties;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (DemoMode.shouldLoad(properties.demo(), databaseUrl())) {
			loadIfEmpty().ifPresent(load -> log.warn("{}", banner(load)));
		}
	}

	/** Loads the demo companies unless a company exists; regardless of {@code LODESTAR_DEMO}. */
	Optional<DemoLoad> loadIfEmpty() {
		if (!services.companies().none()) {
			log.info("Demo data not loaded: the database already has companies");
			return Optional.empty();
		}
		long started = System.nanoTime();
		String given = properties.demoPassword();
		boolean generated = given == null || given.isBlank();
		String password = resolvePassword(given);
		List<DemoCompanyResult> companies;
		try {
			companies = transaction.execute(status -> {
				if (!services.companies().none()) {
					return List.of();
				}
				List<DemoCompanyResult> loaded = new ArrayList<>();
				scripts.forEach(script -> loaded.add(create(script, password)));
				return loaded;
			});
		}
		catch (BusinessRuleException refused) {
			// nothing was stored (one transaction); say why in terms of the setting an operator can change
			throw new IllegalStateException("Demo data could not be loaded (" + refused.code() + ")"
					+ (refused.code().startsWith("account.password.") && !generated
							? ": LODESTAR_DEMO_PASSWORD is refused for the demo accounts, choose another" : ""),
					refused);
		}
		if (companies == null || companies.isEmpty()) {
			return Optional.empty();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Demo data loaded in {} ms: {}", took.toMillis(), companies.stream()
			.map(result -> result.company().code() + " " + result.employees() + " employees")
			.toList());
		return Optional.of(new DemoLoad(companies, password, generated, took));
	}

	/** The configured password if the policy accepts it (else start-up fails), or a fresh random one. */
	String resolvePassword(String given) {
		if (given == null || given.isBlank()) {
			while (true) {
				String password = DemoPassword.generate();
				try {
					services.accounts().checkPasswordPolicy(password, null, "password");
					return password;
				}
				catch (BusinessRuleException unlikely) {
					// a random 16-character password that the policy refuses: draw again
				}
			}
		}
		try {
			services.accounts().checkPasswordPolicy(given, null, "LODESTAR_DEMO_PASSWORD");
			return given;
		}
		catch (BusinessRuleException weak) {
			throw new IllegalStateException("LODESTAR_DEMO_PASSWORD is refused (" + weak.code() + "): use 8 to 128 "
					+ "characters, not a common password, or leave it empty for a generated one", weak);
		}
	}

	private DemoCompanyResult create(DemoScript script, String password) {
		CompanySummary company = services.companies().register(script.company());
		return SystemActor.runAs(company.id(), () -> {
			services.audit()
				.record("CREATE", "company", company.id(), null,
						Map.of("code", company.code(), "name", company.name(), "source", "demo data"));
			DemoCompanyBuilder builder = new DemoCompanyBuilder(services, company, script);
			List<DemoSignIn> signIns = script.build(builder);
			int accounts = builder.createAccounts(password);
			script.goals(new DemoGoals(services, SystemActor.in(company.id()), script.seed()));
			return new DemoCompanyResult(company, builder.employeeCount(), accounts, signIns);
		});
	}

	private String databaseUrl() {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
		}
		catch (MetaDataAccessException unknown) {
			throw new IllegalStateException("Cannot tell which database is used, to decide about demo data", unknown);
		}
	}

	/** The log block: the key sign-ins per company and, if generated, the shared password, shown once. */
	static String banner(DemoLoad load) {
		StringBuilder text = new StringBuilder();
		text.append("\n\n==================================================================\n");
		text.append("  Lodestar demo data loaded in ").append(load.took().toMillis()).append(" ms\n");
		for (DemoCompanyResult result : load.companies()) {
			text.append("\n  ")
				.append(result.company().name())
				.append(" (")
				.append(result.company().code())
				.append(", ")
				.append(result.employees())
				.append(" employees, ")
				.append(result.accounts())
				.append(" accounts)\n");
			for (DemoSignIn signIn : result.signIns()) {
				text.append(String.format("    %-10s %-34s %s, %s, %s%n", signIn.role(), signIn.email(), signIn.name(),
						signIn.position(), signIn.unit()));
			}
		}
		text.append("\n  Password of every demo account: ")
			.append(load.passwordGenerated() ? load.password() : "the one set in LODESTAR_DEMO_PASSWORD")
			.append('\n');
		if (load.passwordGenerated()) {
			text.append("  This password is shown only once. Set LODESTAR_DEMO_PASSWORD to choose it.\n");
		}
		text.append("  Demo data is for trying Lodestar out. For real use start with an\n");
		text.append("  empty database and LODESTAR_DEMO=false.\n");
		text.append("==================================================================\n");
		return text.toString();
	}

}
