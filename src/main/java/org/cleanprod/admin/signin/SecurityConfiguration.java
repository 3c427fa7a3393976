package org.cleanprod.admin.signin;

import org.cleanprod.admin.account.AccessTokens;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Two filter chains: the JSON API under {@code /api/**} (personal access tokens or the
 * browser session; 401/403 as problem details) and the pages (form login). Every endpoint
 * also declares its permission with {@code @PreAuthorize}; data scope is applied in the
 * services, and {@link AuthorizeBeforeBinding} checks it before a request is bound or
 * validated. The administration URLs are guarded here as well.
 * <p>
 * Anonymous requests store no session: nothing is saved for after sign-in (the page asked
 * for travels in the {@code continue} parameter, see {@link SignInRedirects}) and their
 * CSRF token lives in a cookie ({@link CsrfTokens}). Only calls authenticated by a valid
 * access token skip CSRF protection; every session-authenticated request needs its token,
 * whatever {@code Authorization} header it also carries.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/** A hash of any other kind matches no password (instead of failing the sign-in). */
	private static final PasswordEncoder NO_MATCH = new PasswordEncoder() {

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException("only for matching");
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return false;
		}

	};

	/**
	 * One store of CSRF tokens for both chains: pages and htmx calls to the API share it.
	 */
	private static final CsrfTokens CSRF_TOKENS = new CsrfTokens();

	/**
	 * The expressions of {@code @PreAuthorize}, for method security and for
	 * {@link AuthorizeBeforeBinding} alike.
	 */
	@Bean
	static MethodSecurityExpressionHandler methodSecurityExpressionHandler(ApplicationContext context) {
		DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
		handler.setApplicationContext(context);
		return handler;
	}

	/**
	 * New hashes with PBKDF2 ({@link Pbkdf2Hashes}); BCrypt hashes of earlier versions
	 * still match and are rehashed at their user's next sign-in. No other kind (such as
	 * {@code {noop}}) is accepted.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${cleanprod.security.password.pbkdf2-iterations:"
			+ Pbkdf2Hashes.DEFAULT_ITERATIONS + "}") int iterations) {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(Pbkdf2Hashes.ID,
				Map.of(Pbkdf2Hashes.ID, new Pbkdf2Hashes(iterations), "bcrypt", new BCryptPasswordEncoder()));
		encoder.setDefaultPasswordEncoderForMatches(NO_MATCH);
		return encoder;
	}

	/** Sign-in with user name and password, throttled; see {@link ThrottledSignIn}. */
	@Bean
	AuthenticationProvider signIn(AccountDirectory accounts, LoginThrottle throttle, PasswordEncoder encoder) {
		return new ThrottledSignIn(accounts, throttle, encoder);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AccessTokens tokens, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/roles")
						.hasAuthority("USER_ADMIN")
						.requestMatchers("/api/v1/audit")
						.hasAuthority("AUDIT_READ")
						.anyRequest()
						.authenticated())
			.addFilterBefore(new TokenAuthenticationFilter(tokens, problems), CsrfFilter.class)
			.csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS)
				.ignoringRequestMatchers(TokenAuthenticationFilter::authenticatedByToken))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationFailureHandler loginFailures) throws Exception {
		http.authorizeHttpRequests(
				requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
							"/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
							"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
					.permitAll()
					.requestMatchers("/actuator/**", "/admin/users/**", "/admin/roles/**")
					.hasAuthority("USER_ADMIN")
					.requestMatchers("/admin/audit/**")
					.hasAuthority("AUDIT_READ")
					.anyRequest()
					.authenticated())
			.formLogin(form -> form.loginPage(SignInRedirects.LOGIN)
				.successHandler(new SignInRedirects.Success())
				.failureHandler(loginFailures))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new SignInRedirects.EntryPoint()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/** The same headers on pages and API answers. */
	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}

}
