package io.lodestar.platform;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("io.lodestar")
@EnableScheduling
class PlatformConfiguration {

	/** One clock for all business dates, so tests can fix "today". */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
