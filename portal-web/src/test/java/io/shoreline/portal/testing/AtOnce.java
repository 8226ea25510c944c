package io.shoreline.portal.testing;

import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * For in-server tests of concurrent changes: runs the calls at the same moment, each as its person
 * in the workspace, in a request of its own. Each outcome is the call's result, or what it threw.
 */
public final class AtOnce {

  private AtOnce() {}

  public static List<Object> run(
      ManagedExecutorService executor,
      long workspaceId,
      List<String> people,
      List<? extends Callable<?>> calls)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(calls.size());
    List<Future<Object>> running = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      String person = people.get(i);
      Callable<?> call = calls.get(i);
      running.add(
          executor.submit(
              () -> {
                RequestContextController request =
                    CDI.current().select(RequestContextController.class).get();
                request.activate();
                try {
                  CDI.current().select(TenantAccess.class).get().openWorkspace(workspaceId, person);
                  ready.countDown();
                  ready.await(10, TimeUnit.SECONDS); // all start together
                  return (Object) call.call();
                } catch (Exception e) {
                  return e;
                } finally {
                  request.deactivate();
                }
              }));
    }
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> outcome : running) {
      outcomes.add(outcome.get(30, TimeUnit.SECONDS));
    }
    return outcomes;
  }
}
