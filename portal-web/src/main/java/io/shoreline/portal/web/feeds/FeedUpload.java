package io.shoreline.portal.web.feeds;

import io.shoreline.portal.feeds.FeedIngest.Submission;
import io.shoreline.portal.feeds.FeedSubmissions;
import io.shoreline.portal.feeds.IngestFormat;
import io.shoreline.portal.feeds.IngestMode;
import io.shoreline.portal.feeds.IngestOutcome;
import io.shoreline.portal.feeds.IngestOutcome.Accepted;
import io.shoreline.portal.feeds.IngestOutcome.Rejected;
import io.shoreline.portal.feeds.Problem;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The upload on app/feed.xhtml: a CSV (or JSON) file sent with a progress bar, validated whole and
 * stored as a new version, or refused with its report (row, column, reason). The mode (merge or
 * replace the whole set) is chosen before, and kept with the view. Each rendering of the form
 * carries a one-time key that goes with the file as the submission's idempotency key (as the API's
 * Idempotency-Key header does): a second submission of the same rendering (a double click, a resent
 * request) stores nothing and answers with the version the first one stored.
 */
@Named
@RequestScoped
public class FeedUpload {

  /** Largest file the page takes (the API takes more, streamed). */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  /** The request parameter that brings back the key the form was rendered with. */
  private static final String KEY_PARAMETER = "uploadKey";

  private static final String MODE_KEY = FeedUpload.class.getName() + ".mode";
  // a form's key is always a UUID behind this prefix: it never names an API client's submission
  private static final String KEY_PREFIX = "form-";

  @Inject Tenants tenants;
  @Inject FeedView view;
  @Inject FeedSubmissions submissions;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private Accepted accepted;
  private Rejected rejected;
  private String renderedKey;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    outcomes.attempt(
        () -> {
          tenants.workspace();
          long feedId = view.getFeedId();
          String key = postedKey();
          IngestOutcome outcome;
          try (InputStream body = file.getInputStream()) {
            outcome =
                submissions.submit(
                    feedId, new Submission(body, format(file.getFileName()), getMode(), key));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (outcome instanceof Accepted done) {
            accepted = done;
            if (done.replayed()) {
              messages.info("feeds.replayed", done.version());
            } else {
              messages.info(
                  "feeds.accepted",
                  done.version(),
                  done.added(),
                  done.changed(),
                  done.removed(),
                  done.unchanged());
            }
          } else {
            rejected = (Rejected) outcome;
            messages.error("feeds.rejected", rejected.total());
          }
        });
  }

  /**
   * The key of this rendering of the form: every response that shows the form (the page, and each
   * upload's answer, which renders it again) makes a new one.
   */
  public String getUploadKey() {
    if (renderedKey == null) {
      renderedKey = UUID.randomUUID().toString();
    }
    return renderedKey;
  }

  /** The key the form was rendered with; anything else is no form of this page. */
  private static String postedKey() {
    String posted = RowParameters.parameter(KEY_PARAMETER);
    try {
      if (posted != null && UUID.fromString(posted).toString().equals(posted)) {
        return KEY_PREFIX + posted;
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw new RuleViolation("feeds.uploadKey");
  }

  private static IngestFormat format(String fileName) {
    return String.valueOf(fileName).toLowerCase(Locale.ROOT).endsWith(".json")
        ? IngestFormat.JSON
        : IngestFormat.CSV;
  }

  public IngestMode getMode() {
    Object mode = FacesContext.getCurrentInstance().getViewRoot().getViewMap().get(MODE_KEY);
    return mode instanceof IngestMode chosen ? chosen : IngestMode.MERGE;
  }

  public void setMode(IngestMode mode) {
    FacesContext.getCurrentInstance()
        .getViewRoot()
        .getViewMap()
        .put(MODE_KEY, mode == null ? IngestMode.MERGE : mode);
  }

  public IngestMode[] getModes() {
    return IngestMode.values();
  }

  public Accepted getAccepted() {
    return accepted;
  }

  /** Whether the upload was one stored before (the same form sent again): nothing new stored. */
  public boolean isReplayed() {
    return accepted != null && accepted.replayed();
  }

  public boolean isRejected() {
    return rejected != null;
  }

  public List<Problem> getProblems() {
    return rejected == null ? List.of() : rejected.problems();
  }

  /** Problems not listed (beyond the report's cap). */
  public long getUnlisted() {
    return rejected == null ? 0 : rejected.total() - rejected.problems().size();
  }

  public long getMaxBytes() {
    return MAX_BYTES;
  }
}
