package org.cleanprod.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans of the kernel that more than one module needs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SharedConfiguration {

	/** The clock of record times; tests replace it to fix "now". */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
