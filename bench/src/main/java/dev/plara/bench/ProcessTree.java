package dev.plara.bench;

import java.util.stream.LongStream;
import java.util.stream.Stream;

/** A process and every process it started, such as a launcher and the JVM it runs the server in. */
final class ProcessTree {

    private ProcessTree() {
    }

    /** The ids of process {@code pid} and its descendants; none when it is gone. */
    static LongStream pids(long pid) {
        return ProcessHandle.of(pid).stream()
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .mapToLong(ProcessHandle::pid);
    }
}
