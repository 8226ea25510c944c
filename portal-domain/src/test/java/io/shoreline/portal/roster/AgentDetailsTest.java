package io.shoreline.portal.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentDetailsTest {

  @Test
  void listsAreTrimmedAndLanguagesLowerCase() {
    AgentDetails agent =
        new AgentDetails(" Inês Costa ", "PT,  en ,,FR", " returns,loyalty ", true).validated();

    assertThat(agent.name()).isEqualTo("Inês Costa");
    assertThat(agent.languages()).isEqualTo("pt, en, fr");
    assertThat(agent.skills()).isEqualTo("returns, loyalty");
  }

  @Test
  void aNameAndALanguageAreRequired() {
    assertThatThrownBy(() -> new AgentDetails(" ", "fr", "", true).validated())
        .hasMessage("agents.nameRequired");
    assertThatThrownBy(() -> new AgentDetails("Karim", " , ", "", true).validated())
        .hasMessage("agents.languagesRequired");
    assertThatThrownBy(() -> new AgentDetails("Karim", "fr", "x".repeat(501), true).validated())
        .hasMessage("agents.skillsTooLong");
  }
}
