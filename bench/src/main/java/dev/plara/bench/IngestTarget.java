package dev.plara.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;

/**
 * One server the ingest benchmark loads: its name in the report, where it listens, its process id (for memory and
 * processor time) and that of the store process it persists into ({@code 0} when it has none of its own).
 */
record IngestTarget(String name, URI url, long pid, long storePid) {

    IngestTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }

    /** {@code name=http://127.0.0.1:8080@pid} or {@code name=http://127.0.0.1:8080@pid+storePid}, as the scripts pass it. */
    static IngestTarget parse(String text) {
        int equals = text.indexOf('=');
        int at = text.lastIndexOf('@');
        if (equals < 1 || at < equals) {
            throw new IllegalArgumentException("a target is name=url@pid[+storePid], not " + text);
        }
        var pids = text.substring(at + 1).split("\\+");
        return new IngestTarget(text.substring(0, equals), URI.create(text.substring(equals + 1, at)),
                Long.parseLong(pids[0]), pids.length > 1 ? Long.parseLong(pids[1]) : 0);
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

    ProcessMemory storeMemory() {
        return ProcessMemory.of(storePid);
    }
}
