package io.lodestar.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every formula message renders in both languages with its arguments substituted: no stray apostrophe
 * swallowing a placeholder, no placeholder left over. (Same keys in both files: platform's MessageBundlesTests.)
 */
class ScoreFormulaMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "appraisal.properties", "appraisal_zh_CN.properties" })
	void everyMessageFormatsWithItsArguments(String file) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = new InputStreamReader(
				Files.newInputStream(Path.of("src/main/resources/messages", file)), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		assertThat(messages.stringPropertyNames()).contains("appraisal.formula.division-by-zero",
				"appraisal.formula.unknown-variable", "appraisal.formula.too-long", "appraisal.formula.too-deep",
				"appraisal.formula.not-a-number", "appraisal.formula.unexpected-token", FormulaResult.MISSING_COMPONENT);
		for (String key : messages.stringPropertyNames()) {
			String pattern = messages.getProperty(key);
			String text = new MessageFormat(pattern, Locale.ROOT).format(new Object[] { "kpi", 7 });
			assertThat(text).as(key).doesNotContain("{").doesNotContain("}");
			if (pattern.contains("{0}")) {
				assertThat(text).as(key).contains("kpi");
			}
			if (pattern.contains("{1}")) {
				assertThat(text).as(key).contains("7");
			}
		}
	}

}
