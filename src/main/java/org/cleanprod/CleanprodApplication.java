package org.cleanprod;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Cleanprod: the information system of a provincial cleaner-production (SXSH: sản xuất
 * sạch hơn) programme. A modular monolith; each top-level package is one application
 * module.
 */
@SpringBootApplication
@EnableAsync
public class CleanprodApplication {

	public static void main(String[] args) {
		SpringApplication.run(CleanprodApplication.class, args);
	}

}
