package dev.plara.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;

/** One server the ingest benchmark loads: its name in the report, where it listens and its process id (for memory). */
record IngestTarget(String name, URI url, long pid) {

    IngestTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }

    /** {@code name=http://127.0.0.1:8080@pid}, as the bench scripts pass it. */
    static IngestTarget parse(String text) {
        int equals = text.indexOf('=');
        int at = text.lastIndexOf('@');
        if (equals < 1 || at < equals) {
            throw new IllegalArgumentException("a target is name=url@pid, not " + text);
        }
        return new IngestTarget(text.substring(0, equals), URI.create(text.substring(equals + 1, at)),
                Long.parseLong(text.substring(at + 1)));
    }

    InetSocketAddress address() {
        return new InetSocketAddress(url.getHost(), url.getPort());
    }

    String host() {
        return url.getHost() + ":" + url.getPort();
    }

    ProcessMemory memory() {
        return ProcessMemory.of(pid);
    }
}
