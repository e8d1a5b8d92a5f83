package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.port.out.IdGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link IdGenerator} contract, run against every id source. */
public abstract class IdGeneratorContract {

    private static final String SHAPE = "[A-Za-z0-9_-]{1,64}";

    protected abstract IdGenerator newGenerator();

    @Test
    void everyIdIsNewAndOfTheAgreedShape() {
        var ids = newGenerator();

        var drawn = IntStream.range(0, 10_000).mapToObj(i -> ids.newId()).toList();

        assertThat(drawn).doesNotHaveDuplicates().allMatch(id -> id.matches(SHAPE));
    }

    @Test
    void idsDrawnAtTheSameTimeAreStillNew() {
        var ids = newGenerator();

        var threads = IntStream.range(0, 4).mapToObj(thread -> CompletableFuture.supplyAsync(() ->
                IntStream.range(0, 2_500).mapToObj(i -> ids.newId()).toList())).toList();

        assertThat(threads.stream().map(CompletableFuture::join).flatMap(List::stream))
                .hasSize(10_000).doesNotHaveDuplicates();
    }
}
