package io.lodestar.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(LocalePreferenceStore preferences) {
		return new LodestarLocaleResolver(preferences);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
	}

}
