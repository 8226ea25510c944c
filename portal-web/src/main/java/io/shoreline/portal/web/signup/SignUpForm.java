package io.shoreline.portal.web.signup;

import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.tenancy.SignUp;
import io.shoreline.portal.tenancy.Slugs;
import io.shoreline.portal.web.identity.SessionSignIn;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;

/**
 * Backing bean of signup.xhtml: creates the organization and its first admin (the domain checks
 * every rule before it stores anything), then signs the admin in.
 */
@Named
@RequestScoped
public class SignUpForm {

  static final String DEFAULT_ZONE = "Europe/London";

  @Inject Organizations organizations;
  @Inject SessionSignIn session;
  @Inject UserSettings settings;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String organizationName;
  private String slug;
  private String suggestedSlug;
  private OrganizationKind kind;
  private String language;
  private String timeZone = DEFAULT_ZONE;
  private String adminName;
  private String email;
  private String password;
  private String confirmation;

  /** As the name is typed: suggests its slug, unless the person has written their own. */
  public void suggestSlug() {
    if (slug == null || slug.isBlank() || slug.equals(suggestedSlug)) {
      slug = Slugs.suggest(organizationName);
      suggestedSlug = slug;
    }
  }

  public String submit() {
    if (!Objects.equals(password, confirmation)) {
      messages.error("signup.passwordMismatch");
      return null;
    }
    char[] secret = password == null ? new char[0] : password.toCharArray();
    SignUp form =
        new SignUp(
            organizationName,
            slug == null ? null : slug.strip(),
            kind,
            getLanguage(),
            timeZone == null ? null : timeZone.strip(),
            adminName,
            email,
            secret);
    if (outcomes.attempt(() -> organizations.signUp(form)).isEmpty()) {
      return null;
    }
    if (!session.signIn(email, password)) {
      // the organization exists; only the automatic sign-in failed
      messages.info("signup.signInYourself");
      return "/login?faces-redirect=true";
    }
    messages.info("signup.welcome", organizationName.strip());
    return "/app/home?faces-redirect=true";
  }

  public String getOrganizationName() {
    return organizationName;
  }

  public void setOrganizationName(String organizationName) {
    this.organizationName = organizationName;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** The last suggestion, carried in the form to tell a suggested slug from a chosen one. */
  public String getSuggestedSlug() {
    return suggestedSlug;
  }

  public void setSuggestedSlug(String suggestedSlug) {
    this.suggestedSlug = suggestedSlug;
  }

  public OrganizationKind getKind() {
    return kind;
  }

  public void setKind(OrganizationKind kind) {
    this.kind = kind;
  }

  /** The organization's default language: the one the page is read in, unless chosen. */
  public String getLanguage() {
    if (language == null) {
      language = settings.getLocale().getLanguage();
    }
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String adminName) {
    this.adminName = adminName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
