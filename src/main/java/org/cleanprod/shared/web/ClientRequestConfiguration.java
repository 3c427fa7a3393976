package org.cleanprod.shared.web;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Where requests come from and the address they are answered at:
 * {@code cleanprod.security.trusted-proxies} (a list of addresses or CIDR ranges; empty
 * by default, so {@code X-Forwarded-For} is ignored) and {@code cleanprod.public-url}.
 */
@Configuration(proxyBeanMethods = false)
class ClientRequestConfiguration {

	@Bean
	ClientAddress clientAddress(Environment environment) {
		return new ClientAddress(Binder.get(environment)
			.bind("cleanprod.security.trusted-proxies", Bindable.listOf(String.class))
			.orElse(List.of()));
	}

	@Bean
	PublicUrl publicUrl(Environment environment) {
		return new PublicUrl(environment.getProperty("cleanprod.public-url"));
	}

	@Bean
	FilterRegistrationBean<ClientRequestFilter> clientRequestFilter(ClientAddress addresses, PublicUrl publicUrl) {
		FilterRegistrationBean<ClientRequestFilter> registration = new FilterRegistrationBean<>(
				new ClientRequestFilter(addresses, publicUrl));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

}
