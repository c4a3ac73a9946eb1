package health.backspasm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String ETAG = "\"2026.11.1-0123456789abcdef\"";

    @Test
    void shouldMatchTheSameTag() {
        assertThat(EntityTags.matches(ETAG, ETAG)).isTrue();
    }

    @Test
    void shouldMatchAWeakTagWeakly() {
        assertThat(EntityTags.matches("W/" + ETAG, ETAG)).isTrue();
    }

    @Test
    void shouldMatchATagAnywhereInAList() {
        assertThat(EntityTags.matches("\"a\",W/\"b\" ,  " + ETAG, ETAG)).isTrue();
    }

    @Test
    void shouldMatchAStar() {
        assertThat(EntityTags.matches(" * ", ETAG)).isTrue();
    }

    @Test
    void shouldNotMatchOtherTagsOrNothing() {
        assertThat(EntityTags.matches("\"2026.11.1-fedcba9876543210\"", ETAG)).isFalse();
        assertThat(EntityTags.matches("2026.11.1-0123456789abcdef", ETAG)).isFalse();
        assertThat(EntityTags.matches(null, ETAG)).isFalse();
        assertThat(EntityTags.matches("", ETAG)).isFalse();
    }
}
