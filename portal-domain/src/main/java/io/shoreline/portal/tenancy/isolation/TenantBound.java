package io.shoreline.portal.tenancy.isolation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a boundary service that reads or writes tenant entities: each of its transactions runs bound
 * to the request's {@link CurrentTenant}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface TenantBound {}
