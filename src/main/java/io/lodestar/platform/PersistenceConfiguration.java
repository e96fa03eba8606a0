package io.lodestar.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	/**
	 * Spring Data JDBC quotes identifiers and upper-cases them on H2, which then misses our lower-case
	 * tables (H2 runs with DATABASE_TO_LOWER so that the same SQL works as on PostgreSQL). Unquoted
	 * identifiers are folded to lower case by both databases.
	 */
	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
