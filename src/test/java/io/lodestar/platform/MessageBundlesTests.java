package io.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Lodestar speaks zh-CN and English everywhere: every bundle has the same keys in both languages, every
 * key used by a template or by Java code exists in both, and no Chinese bundle value is left in English.
 */
class MessageBundlesTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	/** A message key in code: a string literal like "people.employee.name.required" or {people...}. */
	static Pattern codeKeys() throws IOException {
		String prefixes = String.join("|", bundles().stream().map(Pattern::quote).toList());
		return Pattern.compile("[\"{]((?:" + prefixes + ")\\.[a-z0-9][a-z0-9.-]*[a-z0-9])[\"}]");
	}

	/** #{key} or #{key(args)} in templates; dynamic keys (#{${...}}) are checked through their sources. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]+)[}(]");

	@Test
	void everyBundleHasTheSameKeysInEnglishAndChinese() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String bundle : bundles()) {
			Set<String> english = load(MESSAGES.resolve(bundle + ".properties")).stringPropertyNames();
			Path chinesePath = MESSAGES.resolve(bundle + "_zh_CN.properties");
			assertThat(chinesePath).as("Chinese bundle for " + bundle).exists();
			Set<String> chinese = load(chinesePath).stringPropertyNames();
			Set<String> missingInChinese = new TreeSet<>(english);
			missingInChinese.removeAll(chinese);
			Set<String> missingInEnglish = new TreeSet<>(chinese);
			missingInEnglish.removeAll(english);
			missingInChinese.forEach(key -> problems.add(bundle + "_zh_CN lacks " + key));
			missingInEnglish.forEach(key -> problems.add(bundle + " lacks " + key));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void chineseTextIsActuallyChinese() throws IOException {
		List<String> untranslated = new ArrayList<>();
		for (String bundle : bundles()) {
			Properties english = load(MESSAGES.resolve(bundle + ".properties"));
			Properties chinese = load(MESSAGES.resolve(bundle + "_zh_CN.properties"));
			for (String key : chinese.stringPropertyNames()) {
				String value = chinese.getProperty(key);
				// placeholders and the product name are the same in every language
				String words = value.replaceAll("\\{\\d+[^}]*}", "").replace("Lodestar", "");
				boolean hasLetters = words.chars().filter(Character::isLetter).count() > 3;
				boolean hasHan = value.codePoints()
					.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
				// identical short technical words (e.g. "Lodestar", "API", "—") are fine
				if (hasLetters && !hasHan && value.equals(english.getProperty(key)) && value.length() > 12) {
					untranslated.add(bundle + ": " + key + "=" + value);
				}
			}
		}
		assertThat(untranslated).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExistsInBothLanguages() throws IOException {
		Set<String> english = new TreeSet<>();
		Set<String> chinese = new TreeSet<>();
		for (String bundle : bundles()) {
			english.addAll(load(MESSAGES.resolve(bundle + ".properties")).stringPropertyNames());
			chinese.addAll(load(MESSAGES.resolve(bundle + "_zh_CN.properties")).stringPropertyNames());
		}
		Set<String> used = new TreeSet<>();
		collect(TEMPLATES, ".html", TEMPLATE_KEY, used);
		collect(JAVA, ".java", codeKeys(), used);
		// keys completed at run time (prefix + value) are checked by the tests of their features
		used.removeIf(key -> key.endsWith("."));
		List<String> missing = new ArrayList<>();
		for (String key : used) {
			if (!english.contains(key)) {
				missing.add("en: " + key);
			}
			if (!chinese.contains(key)) {
				missing.add("zh-CN: " + key);
			}
		}
		assertThat(used).hasSizeGreaterThan(50);
		assertThat(missing).isEmpty();
	}

	private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
	}

	static Set<String> bundles() throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			files.map(path -> path.getFileName().toString())
				.filter(name -> name.endsWith(".properties"))
				.map(name -> name.replace("_zh_CN.properties", "").replace(".properties", ""))
				.forEach(names::add);
		}
		return names;
	}

	private static Properties load(Path path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
