package org.cleanprod.facility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In trial mode, fills an empty registry with the Binh Duong demo data set on first
 * start.
 */
@Component
@Order(10)
class DemoFacilities implements ApplicationRunner {

	/**
	 * The seed of the demo data set; benchmarks use the same generator with the same
	 * seed.
	 */
	static final long SEED = 2016L;

	private final FacilityGenerator generator;

	private final JdbcClient jdbc;

	private final boolean enabled;

	private final int count;

	DemoFacilities(FacilityGenerator generator, JdbcClient jdbc,
			@Value("${cleanprod.demo.enabled:false}") boolean enabled,
			@Value("${cleanprod.demo.facilities:500}") int count) {
		this.generator = generator;
		this.jdbc = jdbc;
		this.enabled = enabled;
		this.count = count;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.enabled && this.jdbc.sql("SELECT COUNT(*) FROM facility").query(Long.class).single() == 0) {
			this.generator.generate(this.count, SEED);
		}
	}

}
