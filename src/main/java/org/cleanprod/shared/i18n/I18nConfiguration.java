package org.cleanprod.shared.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English second. Each module keeps its texts in
 * {@code messages/<module>_vi.properties} and {@code _en}; all are found on the class
 * path. The chosen language lives in a cookie so it persists across sessions;
 * {@code ?lang=en} switches.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Formats.VIETNAMESE, Locale.ENGLISH);

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(moduleBundles());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Formats.VIETNAMESE);
		source.setCacheMillis(-1);
		return source;
	}

	@Bean
	LocalValidatorFactoryBean defaultValidator(MessageSource messageSource) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messageSource);
		return validator;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("cleanprod-lang");
		resolver.setDefaultLocaleFunction(I18nConfiguration::defaultLocale);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Pages speak Vietnamese until the user switches; API clients that send
	 * {@code Accept-Language} get that language when it is one of ours.
	 */
	static Locale defaultLocale(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage())) {
			return Locale.ENGLISH;
		}
		return Formats.VIETNAMESE;
	}

	/**
	 * One bundle per module: every {@code messages/<name>_vi.properties} on the class
	 * path.
	 */
	static String[] moduleBundles() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:messages/*_vi.properties");
			return Arrays.stream(files)
				.map(Resource::getFilename)
				.map(name -> "classpath:messages/" + name.substring(0, name.length() - "_vi.properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
