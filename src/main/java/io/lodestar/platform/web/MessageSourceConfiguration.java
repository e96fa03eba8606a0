package io.lodestar.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every {@code messages/<bundle>.properties} on the class path is a bundle: a module adds its texts by adding
 * its files, without a central list to keep in step. Bundles are UTF-8; an unknown language falls back to
 * the default (English) bundle, never to the server's locale. The bundles of a language are merged into one
 * table once (no reloading): a page resolves hundreds of texts, and looking each up bundle by bundle across
 * forty bundles was a measurable share of rendering.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

	@Bean
	MessageSource messageSource() {
		TreeSet<String> basenames = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:messages/*.properties")) {
				String name = resource.getFilename();
				if (name != null) {
					basenames.add("classpath:messages/" + name.replaceFirst("(_[a-z]{2}(_[A-Z]{2})?)?\\.properties$", ""));
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		// never reload: resolved from the merged table of all bundles of the language
		source.setCacheMillis(-1);
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
