package io.shoreline.portal.testing;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One server for the whole integration suite. The Payara Micro container starts a server per
 * deployment, ~20 s each; here the first test class deploys {@link Deployments#shared()} and every
 * later class runs against that same deployment, which goes when the suite ends. Test classes
 * therefore carry no {@code @Deployment} of their own; one that drives the portal from outside (a
 * browser, an HTTP client) is {@code @RunAsClient}.
 */
public class SharedDeploymentExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(OneDeployment.class);
  }

  /** The deployment Arquillian generates in place of each test class's own. */
  public static final class Suite {

    private Suite() {}

    @Deployment
    public static WebArchive deployment() {
      return Deployments.shared();
    }
  }

  /** Generates and deploys once, hands each test class that deployment, undeploys at the end. */
  public static class OneDeployment {

    @Inject @ClassScoped private InstanceProducer<DeploymentScenario> classScenario;
    @Inject private Instance<ClassContext> classContext;
    @Inject private Event<GenerateDeployment> generate;
    @Inject private Event<UnDeployManagedDeployments> undeploy;

    private DeploymentScenario shared;
    private boolean deployed;
    private RuntimeException deployFailure;
    private boolean suiteEnded;

    public void generateOnce(@Observes EventContext<GenerateDeployment> event) {
      if (event.getEvent().getTestClass().getJavaClass() == Suite.class) {
        event.proceed();
      } else if (shared == null) {
        generate.fire(new GenerateDeployment(new TestClass(Suite.class)));
        shared = classScenario.get();
      } else {
        classScenario.set(shared);
      }
    }

    public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
      if (deployFailure != null) {
        throw deployFailure; // each later class fails with the first one's reason
      }
      if (!deployed) {
        try {
          event.proceed();
          deployed = true;
        } catch (RuntimeException e) {
          deployFailure = e;
          throw e;
        }
      }
    }

    public void undeployAtSuiteEnd(@Observes EventContext<UnDeployManagedDeployments> event) {
      if (suiteEnded) {
        event.proceed();
      }
    }

    public void endSuite(@Observes(precedence = 100) AfterSuite event) {
      if (!deployed) {
        return;
      }
      suiteEnded = true;
      classContext.get().activate(Suite.class);
      try {
        classScenario.set(shared);
        undeploy.fire(new UnDeployManagedDeployments());
      } finally {
        classContext.get().deactivate();
        classContext.get().destroy(Suite.class);
      }
    }
  }
}
