package io.lodestar.crash;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * {@link CrashChild} in a JVM of its own, on the test's classpath and database. Its protocol lines are queued for
 * the test; its whole output goes to a log file next to the database, to read when a run went wrong.
 * <p>
 * Start-up is what makes these tests slow, so the JVM is tuned for it: C1 only ({@code TieredStopAtLevel=1}; the
 * work is short), the serial collector, and an AppCDS archive of the loaded classes written by the first child
 * (which exits normally: a killed JVM writes no archive) and mapped by all later ones.
 */
final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final Path log;

	private final Thread reader;

	private ChildJvm(Process process, Path log) {
		this.process = process;
		this.log = log;
		this.reader = new Thread(this::pump, "crash-child-output");
		reader.setDaemon(true);
		reader.start();
	}

	static ChildJvm start(Path dir, Map<String, String> properties, boolean writeArchive, String... args)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-XX:+UseSerialGC");
		command.add("-Xmx768m");
		Path archive = dir.resolve("lodestar-classes.jsa");
		if (writeArchive) {
			command.add("-XX:ArchiveClassesAtExit=" + archive);
		}
		else if (Files.exists(archive)) {
			command.add("-XX:SharedArchiveFile=" + archive);
		}
		properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
		command.add("-cp");
		command.add(classpath(dir));
		command.add(CrashChild.class.getName());
		command.addAll(List.of(args));
		Path log = dir.resolve("child-" + String.join("-", List.of(args).subList(0, Math.min(1, args.length)))
				+ (args.length > 2 ? "-" + args[2] : "") + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		return new ChildJvm(process, log);
	}

	/**
	 * The test JVM's own classpath (Surefire may hand the test JVM a manifest-only jar; then its real one), with
	 * the class directories packed into jars once: AppCDS refuses non-empty directories on the classpath.
	 */
	private static String classpath(Path dir) throws IOException {
		String test = System.getProperty("surefire.test.class.path");
		String classpath = test != null && !test.isBlank() ? test : System.getProperty("java.class.path");
		List<String> entries = new ArrayList<>();
		int n = 0;
		for (String entry : classpath.split(File.pathSeparator)) {
			Path path = Path.of(entry);
			if (Files.isDirectory(path)) {
				Path jar = dir.resolve("classes-" + n++ + ".jar");
				if (!Files.exists(jar)) {
					pack(path, jar);
				}
				entries.add(jar.toString());
			}
			else if (!entry.isBlank()) {
				entries.add(entry);
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static void pack(Path directory, Path jar) throws IOException {
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
				Stream<Path> files = Files.walk(directory)) {
			// directory entries too: component scanning finds packages through them
			for (Path file : (Iterable<Path>) files.filter(path -> !path.equals(directory))::iterator) {
				String name = directory.relativize(file).toString().replace(File.separatorChar, '/');
				boolean folder = Files.isDirectory(file);
				out.putNextEntry(new JarEntry(folder ? name + "/" : name));
				if (!folder) {
					Files.copy(file, out);
				}
				out.closeEntry();
			}
		}
	}

	/** Waits for the next protocol line matching {@code wanted} (earlier ones are dropped). */
	String await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
		long until = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < until) {
			String line = lines.poll(200, TimeUnit.MILLISECONDS);
			if (line == null) {
				if (!process.isAlive() && lines.isEmpty() && !reader.isAlive()) {
					break;
				}
				continue;
			}
			if (wanted.test(line)) {
				return line;
			}
		}
		throw new AssertionError("child did not say what was expected within " + timeout + " (alive: "
				+ process.isAlive() + "); see " + log);
	}

	String await(String prefix, Duration timeout) throws InterruptedException {
		return await(line -> line.startsWith(prefix), timeout);
	}

	/** SIGKILL on Linux: no shutdown hook, no finally block, no flush. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	int awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("child did not exit within " + timeout + "; see " + log);
		}
		return process.exitValue();
	}

	Path log() {
		return log;
	}

	private void pump() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
			String line;
			while ((line = in.readLine()) != null) {
				out.println(line);
				if (line.startsWith(CrashChild.PREFIX)) {
					lines.add(line.substring(CrashChild.PREFIX.length()));
				}
			}
		}
		catch (IOException ended) {
			// the child was killed: its output ends here
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

}
