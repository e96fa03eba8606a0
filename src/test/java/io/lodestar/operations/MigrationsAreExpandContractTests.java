package io.lodestar.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Migrations expand, and contract only what no supported release uses any more: the last three releases must run
 * on the newest schema, so that rolling back the binary never needs a restore. A statement that drops or renames
 * a table or column, changes a column's type, or makes old inserts fail (a new required column without a default,
 * a column made NOT NULL) is refused unless it carries a marker comment:
 * <ul>
 * <li>{@code -- contract: unused since V<n>} — release n was the first that no longer used it; n must be no newer
 * than the oldest supported release (the oldest kept upgrade fixture), so none of them can miss it;</li>
 * <li>{@code -- expand: widens} — a type change that only widens (longer varchar, more digits).</li>
 * </ul>
 */
class MigrationsAreExpandContractTests {

	private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

	/** Released before this rule existed; each was checked by hand to be safe for older code. */
	private static final Set<String> GRANDFATHERED = Set.of(
			// widens varchar(10) to varchar(12): old code's values still fit
			"V15: alter table goal alter column progress_driver set data type varchar(12)");

	private static final List<Pattern> BREAKING = Stream.of("\\bdrop\\s+table\\b", "\\bdrop\\s+column\\b",
			"\\bdrop\\s+view\\b", "\\bdrop\\s+sequence\\b", "\\brename\\b", "\\balter\\s+column\\b.*\\btype\\b",
			"\\balter\\s+column\\b.*\\bset\\s+not\\s+null\\b",
			"^alter table (?!.*\\bdefault\\b).*\\badd\\s+(column\\s+)?(?!constraint\\b)[a-z_0-9]+\\s+.*\\bnot\\s+null\\b")
		.map(p -> Pattern.compile(p, Pattern.DOTALL))
		.toList();

	private static final Pattern CONTRACT = Pattern.compile("--\\s*contract:\\s*unused since V([0-9._]+)");

	@Test
	void everyMigrationOnlyExpandsOrContractsWhatNoSupportedReleaseUses() throws Exception {
		MigrationVersion oldestSupported = KeptFixtures.older().get(0).version();
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
				String version = file.getFileName().toString().substring(0, file.getFileName().toString().indexOf("__"));
				violations.addAll(violations(version, Files.readString(file), oldestSupported));
			}
		}
		assertThat(violations).isEmpty();
	}

	/**
	 * The migrations every previous version already has (deploy/release/previous-versions: 81ae3fa). A new one must
	 * be numbered above them: a previous version's Flyway refuses a database that has an applied migration it does
	 * not know BELOW its own newest ("missing"), so it could no longer be rolled back to. deploy/release/rollback-check.sh
	 * found exactly that with V29, added after a build that already had V31.
	 */
	private static final String SHIPPED = "1 2 3 4 5 6 7 12 13 14 15 16 17 18 19 20 21 22 23 25 27 28 29 31";

	@Test
	void newMigrationsAreNumberedAboveEveryShippedOne() throws Exception {
		int newestShipped = Stream.of(SHIPPED.split(" ")).mapToInt(Integer::parseInt).max().orElseThrow();
		List<String> below = new ArrayList<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				String name = file.getFileName().toString();
				String version = name.substring(1, name.indexOf("__"));
				if (Integer.parseInt(version.split("[._]")[0]) <= newestShipped
						&& !List.of(SHIPPED.split(" ")).contains(version)) {
					below.add(name);
				}
			}
		}
		assertThat(below).as("new migrations must be numbered above V%d", newestShipped).isEmpty();
	}

	@Test
	void theCheckRefusesUnmarkedContractionsAndAcceptsMarkedOnes() {
		MigrationVersion oldest = MigrationVersion.fromVersion("20");
		assertThat(violations("V30", "drop table old_things;", oldest)).hasSize(1);
		assertThat(violations("V30", "alter table goal drop column notes;", oldest)).hasSize(1);
		assertThat(violations("V30", "alter table goal rename column notes to remarks;", oldest)).hasSize(1);
		assertThat(violations("V30", "alter table goal alter column notes set data type varchar(5);", oldest)).hasSize(1);
		assertThat(violations("V30", "alter table goal add column owner uuid not null;", oldest)).hasSize(1);
		assertThat(violations("V30", "alter table goal add column owner uuid default 'x' not null;", oldest)).isEmpty();
		assertThat(violations("V30", "alter table goal add column owner uuid;", oldest)).isEmpty();
		assertThat(violations("V30", "-- contract: unused since V19\ndrop table old_things;", oldest)).isEmpty();
		// release 20 is still supported and might use it
		assertThat(violations("V30", "-- contract: unused since V21\ndrop table old_things;", oldest)).hasSize(1);
		assertThat(violations("V30", "-- expand: widens\nalter table goal alter column c set data type varchar(99);",
				oldest)).isEmpty();
	}

	/** Each statement (lower case, comments removed, one space) with the comments written above and in it. */
	private static List<String[]> statements(String sql) {
		List<String[]> statements = new ArrayList<>();
		StringBuilder code = new StringBuilder();
		StringBuilder comments = new StringBuilder();
		for (String line : sql.lines().toList()) {
			int dash = line.indexOf("--");
			String part = dash >= 0 ? line.substring(0, dash) : line;
			if (dash >= 0) {
				comments.append(line.substring(dash)).append('\n');
			}
			for (char c : part.toCharArray()) {
				if (c == ';') {
					statements.add(new String[] { normal(code), comments.toString() });
					code.setLength(0);
					comments.setLength(0);
				}
				else {
					code.append(c);
				}
			}
			code.append(' ');
		}
		statements.add(new String[] { normal(code), comments.toString() });
		return statements;
	}

	private static String normal(CharSequence code) {
		return code.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	static List<String> violations(String version, String sql, MigrationVersion oldestSupported) {
		List<String> found = new ArrayList<>();
		for (String[] parsed : statements(sql)) {
			String statement = parsed[0];
			String chunk = parsed[1];
			if (statement.isEmpty() || GRANDFATHERED.contains(version + ": " + statement)) {
				continue;
			}
			if (BREAKING.stream().noneMatch(p -> p.matcher(statement).find())) {
				continue;
			}
			Matcher contract = CONTRACT.matcher(chunk);
			if (contract.find()) {
				MigrationVersion unusedSince = MigrationVersion.fromVersion(contract.group(1));
				if (!unusedSince.isNewerThan(oldestSupported.getVersion())) {
					continue;
				}
				found.add(version + ": '" + statement + "' contracts what release " + oldestSupported
						+ " (still supported) may use; wait until V" + unusedSince + " is the oldest supported release");
				continue;
			}
			if (chunk.contains("-- expand: widens") && statement.contains("alter column")) {
				continue;
			}
			found.add(version + ": '" + statement + "' breaks older releases; expand first, contract three releases "
					+ "later with '-- contract: unused since V<n>' (see docs/reliability.md)");
		}
		return found;
	}

}
