package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.training.TrainingCategory;
import io.shoreline.portal.bulletins.training.TrainingDocument;
import io.shoreline.portal.bulletins.training.TrainingLibrary;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.threads.Upload;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

/**
 * Backing bean of app/training.xhtml?w=ID: the workspace's training library a page at a time, and
 * the form a writer of either side adds a document with.
 */
@Named
@RequestScoped
public class TrainingList {

  public static final int PAGE_SIZE = 20;

  @Inject Tenants tenants;
  @Inject TrainingLibrary library;
  @Inject CallerMembership member;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private LazyDataModel<TrainingDocument> model;
  private String title;
  private String description;
  private TrainingCategory category = TrainingCategory.COURSE;
  private UploadedFile file;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return library.count();
            },
            (first, max) -> {
              tenants.workspace();
              return library.page(first, max);
            },
            TrainingDocument::getId);
  }

  public void open() {
    getWorkspace();
  }

  public String add() {
    TrainingDocument[] added = new TrainingDocument[1];
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              added[0] = library.add(title, description, category, upload(file));
              messages.info("training.added");
            });
    return done
        ? "/app/training-document?faces-redirect=true&w="
            + tenants.getWorkspaceId()
            + "&id="
            + added[0].getId()
        : null;
  }

  static Upload upload(UploadedFile file) {
    return file == null || file.getFileName() == null || file.getFileName().isBlank()
        ? null
        : new Upload(file.getFileName(), file.getContent());
  }

  public boolean isCanWrite() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return member.canWrite();
            })
        .orElse(false);
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public LazyDataModel<TrainingDocument> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  public TrainingCategory[] getCategories() {
    return TrainingCategory.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public TrainingCategory getCategory() {
    return category;
  }

  public void setCategory(TrainingCategory category) {
    this.category = category;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
