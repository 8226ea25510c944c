package io.shoreline.portal.web.threads;

import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.threads.Conversation;
import io.shoreline.portal.threads.NewThread;
import io.shoreline.portal.threads.ReadState;
import io.shoreline.portal.threads.ThreadCategories;
import io.shoreline.portal.threads.ThreadCategory;
import io.shoreline.portal.threads.ThreadSummary;
import io.shoreline.portal.threads.Threads;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFiles;

/**
 * Backing bean of app/threads.xhtml?w=ID: the workspace's threads (pinned first, then by latest
 * post) with the caller's unread counts, and the form that starts one.
 */
@Named
@RequestScoped
public class ThreadList {

  public static final int PAGE_SIZE = 20;

  @Inject Tenants tenants;
  @Inject Threads threads;
  @Inject ThreadCategories categories;
  @Inject ReadState reads;
  @Inject CallerMembership member;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private LazyDataModel<ThreadSummary> model;
  private Partnership workspace;
  private List<ThreadCategory> categoryList;
  private Long categoryId;
  private String title;
  private String body;
  private UploadedFiles files;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return threads.count();
            },
            (first, max) -> {
              tenants.workspace();
              return threads.page(first, max);
            },
            summary -> summary.thread().getId());
  }

  /** The view action: checks membership before anything of the workspace is read. */
  public void open() {
    getWorkspace();
  }

  public String start() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              Conversation thread =
                  threads.start(
                      new NewThread(
                          categoryId == null ? 0 : categoryId, title, body, Uploads.of(files)));
              messages.info("threads.started");
              return "/app/thread?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&t="
                  + thread.getId();
            })
        .orElse(null);
  }

  public Partnership getWorkspace() {
    if (workspace == null) {
      workspace = outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
    }
    return workspace;
  }

  public List<ThreadCategory> getCategories() {
    if (categoryList == null) {
      categoryList =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return categories.all();
                  })
              .orElse(List.of());
    }
    return categoryList;
  }

  public long getUnreadInWorkspace() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return reads.unreadInWorkspace();
            })
        .orElse(0L);
  }

  /** Viewers read; contributors and coordinators of an active workspace write. */
  public boolean isCanWrite() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return member.canWrite();
            })
        .orElse(false);
  }

  public LazyDataModel<ThreadSummary> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }
}
