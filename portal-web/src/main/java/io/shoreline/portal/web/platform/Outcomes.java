package io.shoreline.portal.web.platform;

import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs what a page asks of the domain and turns its refusals into what the person sees: a broken
 * rule or a concurrent change into a message on the same page (nothing was changed), another
 * tenant's or a missing record into 404, a role that may not into 403.
 */
@RequestScoped
public class Outcomes {

  @Inject FacesMessages messages;

  /** The action's result, or empty when it was refused (and the refusal already answered). */
  public <T> Optional<T> attempt(Supplier<T> action) {
    try {
      return Optional.ofNullable(action.get());
    } catch (RuntimeException e) {
      answer(e);
      return Optional.empty();
    }
  }

  /** Whether the change went through. */
  public boolean attempt(Runnable change) {
    return attempt(
            () -> {
              change.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }

  /** For view actions: a refusal of the page itself (404/403) ends the response. */
  public void answer(RuntimeException failure) {
    Throwable cause = rootRefusal(failure);
    if (cause instanceof RuleViolation rule) {
      messages.error(rule.key(), rule.arguments());
      rule.reasons().forEach(reason -> messages.error(reason.key(), reason.arguments()));
    } else if (cause instanceof ChangedMeanwhileException
        || cause instanceof OptimisticLockException) {
      messages.error("changedMeanwhile");
    } else if (cause instanceof NoSuchRecordException
        || cause instanceof NoSuchWorkspaceException) {
      sendError(404);
    } else if (cause instanceof NotAllowedException) {
      sendError(403);
    } else {
      throw failure;
    }
  }

  /** The refusal inside the container's wrappers (EJBException, rollback exceptions). */
  private static Throwable rootRefusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RuleViolation
          || cause instanceof ChangedMeanwhileException
          || cause instanceof OptimisticLockException
          || cause instanceof NoSuchRecordException
          || cause instanceof NoSuchWorkspaceException
          || cause instanceof NotAllowedException) {
        return cause;
      }
    }
    return failure;
  }

  private static void sendError(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getResponseComplete()) {
      return; // refused already: a page's later calls in the same request are refused too
    }
    try {
      faces.getExternalContext().responseSendError(status, status == 404 ? "Not found" : "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
