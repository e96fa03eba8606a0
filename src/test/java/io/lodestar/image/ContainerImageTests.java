package io.lodestar.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Runs the container image that {@code ./mvnw -Pimage package} built (target/lodestar-image.tar) without a Docker
 * daemon: the tar is unpacked layer by layer ({@link ImageArchive}) and its entrypoint started with its environment
 * and user in a chroot ({@link Container}), configured only through environment variables. Proves that the
 * image's own Java runtime and libraries start Lodestar as user 1000 on the embedded H2 database (in /data) and on
 * PostgreSQL, that readiness and the sign-in page answer, that the shell-less health check works, and that nothing
 * is written outside /data and /tmp. Runs in the "image" profile only ({@code ./mvnw -Pimage verify}); needs Linux
 * and root, as in CI.
 * <p>
 * Unlike a container runtime, chroot starts the process in "/" rather than the image's working directory (/tmp):
 * the stricter case, since a file written to a relative path would land outside /data and /tmp and fail the test.
 */
class ContainerImageTests {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	/** Where a container runtime provides its own file systems, and the two places the application may write. */
	private static final Set<String> NOT_COMPARED = Set.of("proc", "dev", "sys", "data", "tmp");

	/** The health check of deploy/compose.yaml, word for word (UsePerfData off: a probe writes nothing to /tmp). */
	private static final List<String> HEALTH_CHECK = List.of("/opt/java/bin/java", "-XX:-UsePerfData", "-cp",
			"/app/classes", "io.lodestar.HealthCheck");

	private static Path work;

	/** The containers' console output, kept after the run for a look at a failure (CI keeps target/). */
	private static final Path LOGS = Path.of("target", "image-test");

	private static Path root;

	private static ImageArchive.ImageConfig config;

	@BeforeAll
	static void unpackTheImage() throws IOException {
		Path tar = Path.of(System.getProperty("lodestar.image.tar", "target/lodestar-image.tar"));
		assertThat(tar).as("the image tar; build it with ./mvnw -Pimage package").isRegularFile();
		work = Files.createTempDirectory("lodestar-image");
		if (!Integer.valueOf(0).equals(Files.getAttribute(work, "unix:uid"))) {
			String message = "running the image needs root (chroot, mount namespaces)";
			if (required()) {
				throw new IllegalStateException(message + "; required in CI");
			}
			throw new TestAbortedException(message + " — skipping on this machine");
		}
		root = Files.createDirectory(work.resolve("root"));
		// the container's "/": readable by its user like any root directory
		Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
		try (ImageArchive archive = ImageArchive.open(tar)) {
			config = archive.config();
			archive.unpackInto(root);
		}
	}

	@AfterAll
	static void removeTheImage() throws IOException {
		if (root == null) {
			return;
		}
		// the namespaces' mounts are gone with their processes; never delete through a /dev or /proc still mounted
		for (String mountPoint : List.of("proc", "dev")) {
			try (Stream<Path> children = Files.list(root.resolve(mountPoint))) {
				if (children.findAny().isPresent()) {
					throw new IllegalStateException(root.resolve(mountPoint) + " is still mounted; left " + work);
				}
			}
		}
		LayerEntries.deleteRecursively(work);
	}

	@Test
	void composeChecksHealthWithTheCommandTestedHere() throws IOException {
		String compose = Files.readString(Path.of("deploy", "compose.yaml"));
		assertThat(compose).contains("test: [\"CMD\", \"" + String.join("\", \"", HEALTH_CHECK) + "\"]");
	}

	@Test
	void theImageRunsItsOwnJavaAsUser1000() {
		assertThat(config.user()).isEqualTo("1000:0");
		assertThat(config.commandLine()).startsWith("/opt/java/bin/java").endsWith("io.lodestar.LodestarApplication");
		assertThat(root.resolve("opt/java/bin/java")).isExecutable();
		assertThat(config.environment()).containsEntry("LODESTAR_DATA_DIR", "/data");
		assertThat(root.resolve("etc/passwd")).content().contains("lodestar:x:1000:0:");
	}

	@Test
	void startsOnTheEmbeddedH2DatabaseWithItsDataInData() throws Exception {
		Map<String, String> before = files();

		runAndCheck("h2", Map.of("LODESTAR_DEMO", "false"));

		assertThat(root.resolve("data/db/lodestar.mv.db")).isRegularFile();
		assertThat(owner(root.resolve("data/db/lodestar.mv.db"))).isEqualTo("1000:0");
		assertThat(files()).as("files outside /data and /tmp").isEqualTo(before);
	}

	@Test
	void startsOnPostgreSqlInASchemaOfItsOwn() throws Exception {
		String url = System.getProperty("lodestar.test.postgres.url",
				"jdbc:postgresql://127.0.0.1:5432/test?currentSchema=lodestar_it");
		String schema = (url.contains("currentSchema=") ? url.replaceAll(".*currentSchema=([A-Za-z0-9_]+).*", "$1")
				: "lodestar") + "_image";
		String containerUrl = url.contains("currentSchema=") ? url.replaceAll("currentSchema=[A-Za-z0-9_]+",
				"currentSchema=" + schema) : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		String user = System.getProperty("lodestar.test.postgres.username", "postgres");
		String password = System.getProperty("lodestar.test.postgres.password", "");
		freshSchema(containerUrl, user, password, schema);
		Map<String, String> before = files();

		runAndCheck("postgres", Map.of("SPRING_DATASOURCE_URL", containerUrl, "SPRING_DATASOURCE_USERNAME", user,
				"SPRING_DATASOURCE_PASSWORD", password));

		try (Connection connection = DriverManager.getConnection(containerUrl, user, password);
				Statement statement = connection.createStatement();
				var rows = statement.executeQuery("select count(*) from " + schema + ".flyway_schema_history")) {
			rows.next();
			assertThat(rows.getInt(1)).as("migrations applied in " + schema).isPositive();
		}
		assertThat(files()).as("files outside /data and /tmp").isEqualTo(before);
	}

	/** Starts the image's entrypoint with its environment plus {@code settings}, and checks it from outside. */
	private static void runAndCheck(String name, Map<String, String> settings) throws Exception {
		int port = freePort();
		Map<String, String> environment = new LinkedHashMap<>(config.environment());
		environment.put("SERVER_PORT", Integer.toString(port));
		environment.put("LODESTAR_ADMIN_PASSWORD", "image-test-" + Long.toHexString(System.nanoTime()) + "-x");
		environment.putAll(settings);
		String base = "http://127.0.0.1:" + port;
		Path log = Files.createDirectories(LOGS).resolve(name + ".log");

		try (Container container = Container.start(root, config.user(), config.commandLine(), environment, log)) {
			container.awaitOk(base + "/actuator/health/readiness", START_TIMEOUT);

			assertThat(get(base + "/actuator/health/readiness").body()).contains("\"UP\"");
			HttpResponse<String> signIn = get(base + "/login");
			assertThat(signIn.statusCode()).isEqualTo(200);
			assertThat(signIn.body()).contains("name=\"password\"");

			ProcessHandle java = container.mainProcess("/opt/java/bin/java").orElseThrow();
			assertThat(Container.credentials(java)).containsExactly("Uid: 1000 1000 1000 1000", "Gid: 0 0 0 0");

			// the health check Compose runs: the image's java with one class, no shell or curl
			int healthCheck = Container.run(root, config.user(),
					HEALTH_CHECK,
					Map.of("SERVER_PORT", Integer.toString(port)), LOGS.resolve(name + "-health.log"),
					Duration.ofSeconds(30));
			assertThat(healthCheck).as("HealthCheck exit code").isZero();
		}
		assertThat(Files.readString(log)).as("the application's log").contains("Started LodestarApplication");
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	/** Every path outside the runtime's and the application's places, with its type, mode, owner, size and time. */
	private static Map<String, String> files() throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path relative = root.relativize(path);
				if (relative.getNameCount() > 0 && NOT_COMPARED.contains(relative.getName(0).toString())) {
					continue;
				}
				PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class,
						LinkOption.NOFOLLOW_LINKS);
				files.put("/" + relative, (attributes.isDirectory() ? "d" : "-")
						+ PosixFilePermissions.toString(attributes.permissions()) + " " + owner(path) + " "
						+ attributes.size() + " " + attributes.lastModifiedTime());
			}
		}
		return files;
	}

	private static String owner(Path path) throws IOException {
		return Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS) + ":"
				+ Files.getAttribute(path, "unix:gid", LinkOption.NOFOLLOW_LINKS);
	}

	private static void freshSchema(String url, String user, String password, String schema) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
			statement.execute("create schema " + schema);
		}
		catch (SQLException unreachable) {
			String message = "PostgreSQL is not reachable at " + url + ": " + unreachable.getMessage();
			if (required()) {
				throw new IllegalStateException(message + " (required: LODESTAR_REQUIRE_POSTGRES/CI is set)",
						unreachable);
			}
			throw new TestAbortedException(message + " — skipping the PostgreSQL run on this machine");
		}
	}

	private static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("LODESTAR_REQUIRE_POSTGRES"))
				|| "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
