package io.shoreline.portal.web.threads;

import io.shoreline.portal.threads.Posts;
import io.shoreline.portal.threads.Threads;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;

/**
 * The forms of app/thread.xhtml: reply (with files), edit one's own post, remove a post, and the
 * moderators' pin and resolve. Each names its workspace and thread again, and is let in again.
 */
@Named
@RequestScoped
public class PostComposer {

  @Inject Tenants tenants;
  @Inject Threads threads;
  @Inject Posts posts;
  @Inject ThreadView view;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String body;
  private String replyTo;
  private UploadedFiles files;

  public String reply() {
    return change(
        () -> {
          Integer replyToSeq =
              replyTo == null || replyTo.isBlank()
                  ? null
                  : Math.toIntExact(Ids.parse(replyTo, "post"));
          posts.add(view.getThreadId(), body, replyToSeq, Uploads.of(files));
        });
  }

  public String edit() {
    return change(
        () -> {
          posts.edit(
              RowParameters.id("post"),
              RowParameters.version(),
              RowParameters.parameter("editBody"));
          messages.info("posts.edited");
        });
  }

  public String remove() {
    return change(
        () -> {
          posts.remove(RowParameters.id("post"), RowParameters.version());
          messages.info("posts.removedDone");
        });
  }

  public String pin() {
    return change(
        () -> {
          threads.pin(view.getThreadId(), RowParameters.version(), flag());
        });
  }

  public String resolve() {
    return change(
        () -> {
          threads.resolve(view.getThreadId(), RowParameters.version(), flag());
        });
  }

  private static boolean flag() {
    return Boolean.parseBoolean(RowParameters.parameter("flag"));
  }

  /** Back to the thread (its last page) after a change; the same page with a message if refused. */
  private String change(Runnable change) {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              change.run();
            });
    return done
        ? "/app/thread?faces-redirect=true&w="
            + tenants.getWorkspaceId()
            + "&t="
            + view.getThreadId()
        : null;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getReplyTo() {
    return replyTo;
  }

  public void setReplyTo(String replyTo) {
    this.replyTo = replyTo;
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }
}
