package io.shoreline.portal.web.threads;

import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.threads.ThreadCategories;
import io.shoreline.portal.threads.ThreadCategory;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backing bean of app/thread-categories.xhtml?w=ID: the workspace's thread categories; its
 * coordinators (of either side) add, rename and remove unused ones.
 */
@Named
@RequestScoped
public class CategoryList {

  @Inject Tenants tenants;
  @Inject ThreadCategories categories;
  @Inject CallerMembership member;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String name;
  private List<ThreadCategory> all;

  public void open() {
    getAll();
  }

  public List<ThreadCategory> getAll() {
    if (all == null) {
      all =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return categories.all();
                  })
              .orElse(List.of());
    }
    return all;
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public boolean isCanEdit() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return member.canWrite() && member.isCoordinator();
            })
        .orElse(false);
  }

  public String add() {
    return change(() -> categories.add(name), "categories.added");
  }

  public String rename() {
    return change(
        () ->
            categories.rename(
                RowParameters.id("category"),
                RowParameters.version(),
                RowParameters.parameter("name")),
        "categories.renamed");
  }

  public String remove() {
    return change(
        () -> categories.remove(RowParameters.id("category"), RowParameters.version()),
        "categories.removed");
  }

  private String change(Runnable change, String done) {
    boolean changed =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              change.run();
              messages.info(done);
            });
    return changed
        ? "/app/thread-categories?faces-redirect=true&w=" + tenants.getWorkspaceId()
        : null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
