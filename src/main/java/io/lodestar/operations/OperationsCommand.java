package io.lodestar.operations;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The command-line modes of the Lodestar jar: {@code backup [--to DIR]}, {@code verify FILE},
 * {@code restore FILE} and {@code upgrade --rehearse}. They start only the configuration and the database
 * connection (no web server, no schedulers, no migration, no first-start accounts) and exit with 0 on success,
 * 1 when refused or failed, 2 on a usage error.
 */
public final class OperationsCommand {

	private static final Set<String> COMMANDS = Set.of("backup", "verify", "restore", "upgrade");

	private OperationsCommand() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
	@EnableConfigurationProperties(BackupProperties.class)
	@Import({ Backups.class, UpgradeRehearsal.class })
	static class CommandLineContext {

	}

	public static int run(String[] args) {
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		String usage = "usage: lodestar backup [--to DIR] | verify FILE | restore FILE | upgrade --rehearse";
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandLineContext.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off")
			.run()) {
			Backups backups = context.getBean(Backups.class);
			switch (args[0]) {
				case "backup" -> {
					int to = rest.indexOf("--to");
					BackupStatus status = to >= 0 && to + 1 < rest.size()
							? backups.backupTo(Path.of(rest.get(to + 1)), null) : backups.backup(null);
					System.out.println("Backup " + status.name() + ": " + status.size() + " bytes, " + status.rows()
							+ " rows, " + (Boolean.TRUE.equals(status.verified()) ? "verified" : "NOT verified: "
									+ status.message()));
					return Boolean.TRUE.equals(status.verified()) ? 0 : 1;
				}
				case "verify", "restore" -> {
					if (rest.size() != 1) {
						System.err.println(usage);
						return 2;
					}
					Path archive = Path.of(rest.get(0));
					if (args[0].equals("verify")) {
						BackupStatus status = backups.verify(archive);
						System.out.println(Boolean.TRUE.equals(status.verified()) ? "Archive verified: " + status.rows()
								+ " rows, schema version " + status.schemaVersion() : "REFUSED: " + status.message());
						return Boolean.TRUE.equals(status.verified()) ? 0 : 1;
					}
					Manifest restored = backups.restore(archive);
					System.out.println("Restored " + restored.totalRows() + " rows at schema version "
							+ restored.schemaVersion() + ". Start Lodestar to migrate to this release.");
					return 0;
				}
				default -> {
					if (!rest.contains("--rehearse")) {
						System.err.println(usage);
						return 2;
					}
					UpgradeRehearsal.Report report = context.getBean(UpgradeRehearsal.class).rehearse();
					System.out.print(report.text());
					return report.ok() ? 0 : 1;
				}
			}
		}
		catch (ArchiveRefusedException refused) {
			System.err.println("REFUSED, nothing was changed: " + refused.getMessage());
			return 1;
		}
		catch (Exception failed) {
			System.err.println("FAILED: " + failed.getMessage());
			return 1;
		}
	}

}
