package dev.plara.wallet.core.domain;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnlocksTest {

    private static final Map<String, ItemKind> KINDS = Map.of("photo-simien", ItemKind.PHOTO,
            "video-welcome", ItemKind.VIDEO);

    @Test
    void theTextFormReadsBackToTheSameValue() {
        var unlocks = Unlocks.parse(" item:photo-simien, kind:video ,,");

        assertThat(unlocks.text()).isEqualTo("kind:video,item:photo-simien");
        assertThat(Unlocks.parse(unlocks.text())).isEqualTo(unlocks);
        assertThat(Unlocks.parse("all, kind:photo").text()).isEqualTo("all");
        assertThat(Unlocks.parse("").isEmpty()).isTrue();
    }

    @Test
    void aKindOpensEveryItemOfItAndAllOpensEverything() {
        assertThat(Unlocks.kinds(ItemKind.VIDEO).opens(ItemId.of("video-welcome"), ItemKind.VIDEO)).isTrue();
        assertThat(Unlocks.kinds(ItemKind.VIDEO).opens(ItemId.of("photo-simien"), ItemKind.PHOTO)).isFalse();
        assertThat(Unlocks.all().opens(ItemId.of("photo-simien"), ItemKind.PHOTO)).isTrue();
        assertThat(Unlocks.item(ItemId.of("photo-simien")).opens(ItemId.of("photo-simien"), ItemKind.PHOTO)).isTrue();
    }

    @Test
    void togetherGrantsIncludeWhatEachHalfOpens() {
        var photos = Unlocks.kinds(ItemKind.PHOTO);
        var welcome = Unlocks.item(ItemId.of("video-welcome"));

        assertThat(photos.includes(Unlocks.item(ItemId.of("photo-simien")), id -> KINDS.get(id.value()))).isTrue();
        assertThat(photos.includes(Unlocks.parse("kind:photo,kind:video"), id -> KINDS.get(id.value()))).isFalse();
        assertThat(Unlocks.union(List.of(photos, welcome)).includes(
                Unlocks.parse("item:photo-simien,item:video-welcome"), id -> KINDS.get(id.value()))).isTrue();
        assertThat(Unlocks.union(List.of(photos, Unlocks.kinds(ItemKind.VIDEO))).includes(Unlocks.all(), id -> null))
                .isFalse();
        assertThat(Unlocks.union(List.of(photos, Unlocks.all(), welcome)))
                .isEqualTo(new Unlocks(true, Set.of(ItemKind.PHOTO), Set.of(ItemId.of("video-welcome"))));
        assertThat(Unlocks.union(List.of())).matches(Unlocks::isEmpty);
        assertThat(photos.includes(Unlocks.item(ItemId.of("not-in-the-catalog")), id -> null))
                .as("an item of unknown kind is opened only by name").isFalse();
    }

    @Test
    void anEntryPlaraCannotUnlockIsRefusedByName() {
        assertThatThrownBy(() -> Unlocks.parse("kind:audio"))
                .hasMessageContaining("'kind:audio' is not something Plara can unlock");
    }
}
