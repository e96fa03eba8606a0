package io.lodestar.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;

/**
 * The passwords the password policy refuses as known from breaches: the vendored list of
 * {@code @zxcvbn-ts/language-common} (49,233 entries, MIT, see THIRD-PARTY-NOTICES.md) plus Lodestar's own
 * additions (Chinese-market and product-specific passwords, and the sequences zxcvbn leaves to its pattern
 * matching). Read once per JVM into one sorted, lower-cased array searched by bisection: about 2.2 MB of heap,
 * half of what a {@code HashSet} of the same strings takes.
 */
final class BreachedPasswords {

	static final String VENDORED_LIST = "security/breached-passwords.txt.gz";

	static final String OWN_LIST = "security/common-passwords.txt";

	private final String[] sorted;

	private BreachedPasswords(String[] sorted) {
		this.sorted = sorted;
	}

	/** The shipped lists, loaded on first use and then shared. */
	static BreachedPasswords shipped() {
		return Shipped.LISTS;
	}

	/** Whether the password is on a list, ignoring case as NIST SP 800-63B suggests. */
	boolean contains(String password) {
		return Arrays.binarySearch(sorted, password.toLowerCase(Locale.ROOT)) >= 0;
	}

	int size() {
		return sorted.length;
	}

	private static final class Shipped {

		static final BreachedPasswords LISTS = load();

		private static BreachedPasswords load() {
			try (Stream<String> vendored = lines(
					new GZIPInputStream(new ClassPathResource(VENDORED_LIST).getInputStream()));
					Stream<String> own = lines(new ClassPathResource(OWN_LIST).getInputStream())) {
				String[] words = Stream.concat(vendored, own)
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !isComment(line))
					.map(line -> line.toLowerCase(Locale.ROOT))
					.sorted()
					.distinct()
					.toArray(String[]::new);
				return new BreachedPasswords(words);
			}
			catch (IOException missing) {
				throw new UncheckedIOException(missing);
			}
		}

		/** "# " starts a comment; the list itself holds "#name?", a password. */
		private static boolean isComment(String line) {
			return line.equals("#") || line.startsWith("# ");
		}

		private static Stream<String> lines(InputStream in) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines().onClose(() -> {
				try {
					reader.close();
				}
				catch (IOException ignored) {
					// a classpath resource that fails to close leaks nothing worth failing start-up for
				}
			});
		}

	}

}
