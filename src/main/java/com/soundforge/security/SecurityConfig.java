package com.soundforge.security;

import com.soundforge.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain vaadinSecurity(HttpSecurity http, RequestUtil vaadinRequests, LoginThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/media/**")
                .authenticated()
                .requestMatchers("/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .permitAll()
                .requestMatchers(SecurityConfig::errorOfTheLoginPost)
                .permitAll());
        // Vaadin exempts its login form's POST from CSRF, which lets another site sign a browser in (login CSRF).
        // Its own requests carry their CSRF protection in Vaadin's protocol; every other POST, /login included,
        // needs Spring's token: the login form sends it from the <meta name="_csrf"> tags of the bootstrap page.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(SecurityHeaders.forPages());
        http.addFilterBefore(LoginThrottleFilter.forLoginForm(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /** Lets a refused login POST show its 403 (the error dispatch would otherwise redirect to the login page). */
    private static boolean errorOfTheLoginPost(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && (request.getContextPath() + "/login")
                        .equals(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
