package io.shoreline.portal.audit;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a boundary service: every change its methods make to an {@link Auditable} entity is written to
 * the audit trail in the same transaction, by {@link AuditRecording}. {@code AuditCoverageTest}
 * fails the build when a boundary that writes entities lacks it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {}
